/**
 * The shipped data files (data/**\/*.json: word lists, code vocabularies, thresholds) read and checked against their
 * schema, once per process. A file that cannot be read, is no JSON, or breaks its schema is an InputError naming the
 * file and the first place that is wrong: the rules that read it would otherwise run on half a list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { InputError, issuesOf } from '../core/input-error.ts';
import { repoPath } from './paths.ts';

const loaded = new WeakMap<z.ZodType, Map<string, unknown>>();

/**
 * `file` (a path inside the repository, `data/ledger/field-codes.json`, or an absolute path) parsed by `schema`;
 * the same file and schema are read once.
 * @throws InputError naming the file when it cannot be read, is no JSON, or does not match the schema.
 */
export function loadDataJson<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const full = path.resolve(repoPath(''), file);
  let bySchema = loaded.get(schema);
  if (bySchema?.has(full)) return bySchema.get(full) as z.output<S>;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(full, 'utf8'));
  } catch (err) {
    throw new InputError(`无法读取规则文件 ${file}：${(err as Error).message} / cannot read rule file ${file}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = issuesOf(parsed.error);
    const first = issues[0];
    throw new InputError(`规则文件 ${file} 有误：${first ? `${first.path} ${first.message}` : ''} / invalid rule file ${file}`, issues);
  }
  if (bySchema === undefined) {
    bySchema = new Map();
    loaded.set(schema, bySchema);
  }
  bySchema.set(full, parsed.data);
  return parsed.data;
}
