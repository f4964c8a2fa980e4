/**
 * An uploaded code table is split once: the table-file reader's rows are checked as they are. It was split, written
 * back to CSV text (toCsv) and parsed again (parseCodeTableCsv) — twice the work on a 16 MB table in the parse
 * worker. Counted, not timed: the splitter and the text parser are wrapped in counting spies.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const counts = vi.hoisted(() => ({ csvRowSource: 0, parseCodeTableCsv: 0, toCsv: 0 }));
/** `f`, counting its calls under `name`. */
const counted = vi.hoisted(
  () =>
    <A extends unknown[], R>(name: 'csvRowSource' | 'parseCodeTableCsv' | 'toCsv', f: (...args: A) => R) =>
    (...args: A): R => {
      counts[name]++;
      return f(...args);
    },
);

vi.mock('./csv.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./csv.ts')>();
  return { ...real, csvRowSource: counted('csvRowSource', real.csvRowSource) };
});
vi.mock('../core/codes.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/codes.ts')>();
  return { ...real, parseCodeTableCsv: counted('parseCodeTableCsv', real.parseCodeTableCsv) };
});
vi.mock('./spreadsheet.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./spreadsheet.ts')>();
  return { ...real, toCsv: counted('toCsv', real.toCsv) };
});

const { checkCodeTableFile } = await import('./code-tables.ts');
const { CodeTableError } = await import('../core/codes.ts');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checking an uploaded code table', () => {
  beforeEach(() => {
    counts.csvRowSource = 0;
    counts.parseCodeTableCsv = 0;
    counts.toCsv = 0;
  });

  it('splits the CSV once and never re-parses it as text', async () => {
    const checked = await checkCodeTableFile(utf8('代码,名称\r\n201,"一般公共服务支出, 含人大"\r\n\r\n20101,人大事务\r\n'), {
      kind: 'function',
      year: 2031,
      source: '上传的代码表',
    });
    expect(checked).toMatchObject({ count: 2, sample: [{ code: '201', name: '一般公共服务支出, 含人大', level: 1 }, { code: '20101', level: 2 }] });
    expect(counts).toEqual({ csvRowSource: 1, parseCodeTableCsv: 0, toCsv: 0 });
  });

  it('names the line of the file at fault, after a blank line and a quoted line break', async () => {
    const text = 'code,name\n201,"一般公共\n服务支出"\n\n2 01,坏代码\n';
    const err = await checkCodeTableFile(utf8(text), { kind: 'function', year: 2031, source: '上传的代码表' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CodeTableError);
    expect((err as Error).message).toBe('上传的代码表 第5行：代码“2 01”无效 / line 5: invalid code "2 01"');
    expect(counts.csvRowSource).toBe(1);
  });
});
