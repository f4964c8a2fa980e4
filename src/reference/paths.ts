/** Where things are on disk: the repository's shipped data, and the user's data folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A path inside the installed package (data/, web/ …). */
export function repoPath(relative: string): string {
  return path.join(root, relative);
}

/** The user's data folder: JIXIAO_DATA, else ./.jixiao-data in the working directory. */
export function dataDir(): string {
  return path.resolve(process.env.JIXIAO_DATA ?? '.jixiao-data');
}
