/**
 * Chinese word segmentation for matching 摘要 against projects: jieba (@node-rs/jieba, native, dictionary
 * shipped in the package, no download). Loading the dictionary takes ~0.8 s, so it happens once, on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

export type Segmenter = (text: string) => string[];

let jieba: Jieba | undefined;

/** Words of `text` in search mode (long words also yield their parts: 建设项目 → 建设, 项目, 建设项目). */
export const jiebaSegmenter: Segmenter = (text) => {
  jieba ??= Jieba.withDict(dict);
  return jieba.cutForSearch(text, true);
};
