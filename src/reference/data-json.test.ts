import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError } from '../core/input-error.ts';
import { loadDataJson } from './data-json.ts';

const schema = z.object({ source: z.string(), words: z.array(z.string().min(1)).min(1) });

/** A data file written to a folder of its own. */
function dataFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'data-json-')), name);
  writeFileSync(file, text);
  return file;
}

describe('loadDataJson', () => {
  it('gives a shipped file as its schema reads it', () => {
    const rows = loadDataJson('data/ledger/sheet-layouts.json', z.object({ repeatShare: z.number() }));
    expect(rows.repeatShare).toBeGreaterThan(0);
  });

  it('refuses a file that breaks its schema, naming the file and the place (Chinese, then English)', () => {
    // Given a word list whose second word is empty
    const file = dataFile('words.json', JSON.stringify({ source: 'test', words: ['本年累计', ''] }));
    // Then loading it is an input error that names the file and words[1]
    const load = () => loadDataJson(file, schema);
    expect(load).toThrow(InputError);
    expect(load).toThrow(new RegExp(`^规则文件 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} 有误：words\\[1\\] .+ / invalid rule file `, 'u'));
  });

  it('refuses a file that is no JSON, naming the file', () => {
    const file = dataFile('broken.json', '{ "source": "test", "words": [');
    expect(() => loadDataJson(file, schema)).toThrow(/^无法读取规则文件 .*broken\.json：.+ \/ cannot read rule file .*broken\.json$/u);
  });

  it('reads a file once per schema', () => {
    const file = dataFile('once.json', JSON.stringify({ source: 'test', words: ['合计'] }));
    expect(loadDataJson(file, schema).words).toEqual(['合计']);
    writeFileSync(file, JSON.stringify({ source: 'test', words: ['总计'] }));
    expect(loadDataJson(file, schema).words).toEqual(['合计']);
  });
});
