/** Pinyin glosses a mirror site puts after characters (增長(zhǎng), 萬(wàn)元): found, and read past. */

/** A tone-marked vowel: the mark of a pinyin gloss, never of a budget text's own Latin letters. */
export const TONE_MARK = /[\u00e0-\u00fc\u0101-\u01dc]/;
/** A pinyin gloss a mirror site inserts after a character (增長(zhǎng)): a bracket of Latin letters, one tone-marked. */
export const PINYIN_GLOSS = /[（(][a-z \u00e0-\u00fc\u0101-\u01dc]*[\u00e0-\u00fc\u0101-\u01dc][a-z \u00e0-\u00fc\u0101-\u01dc]*[）)]/g;
/** A pinyin gloss opening the text it is tried on (万（wàn）元 read from the bracket), and its longest length. */
export const GLOSS_AT = /^[（(][a-z \u00e0-\u00fc\u0101-\u01dc]*[\u00e0-\u00fc\u0101-\u01dc][a-z \u00e0-\u00fc\u0101-\u01dc]*[）)]/;
export const MAX_GLOSS = 10;

/** Words without the pinyin glosses a mirror site put after their characters (公务（wù）接待费（fèi） → 公务接待费). */
export function withoutPinyinGlosses(words: string): string {
  return TONE_MARK.test(words) ? words.replace(PINYIN_GLOSS, '') : words;
}
