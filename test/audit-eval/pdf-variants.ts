/**
 * Metamorphic variants of clean dev 部门决算 PDFs (pdf-variants.slow.ts, run by npm run test:reliability): a clean dev source kept beside its PDF (the
 * HTML of test/fixtures/audit-pdf 800 / 803 / 806, WeasyPrint paged-media CSS) is printed again with ONE variation that
 * real producers make — page size or orientation, narrower or wider columns (wrapped row labels, amounts wrapped in
 * their cells), tables running over pages with or without their header repeated, fonts and sizes, thousands
 * separators on or off, zero written blank / - / — / 0.00, the tables in 元 under 单位：元 (amounts converted
 * exactly), running heads and page numbers, and other producers (LibreOffice Writer's HTML import; Ghostscript
 * re-distilling and poppler's cairo re-rendering the Chromium print, which redraw the text in other runs). Only the
 * tables' setting changes, never a word or an amount of the prose, so every variant is as clean as its source.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures', 'audit-pdf');

export const TOOLS = {
  chromium: process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium',
  pdftotext: '/usr/bin/pdftotext',
  soffice: '/usr/bin/soffice',
  gs: '/usr/bin/gs',
  pdftocairo: '/usr/bin/pdftocairo',
} as const;
export type Tool = keyof typeof TOOLS;
export const hasTool = (t: Tool): boolean => existsSync(TOOLS[t]);

/** The clean sources: WeasyPrint HTML, amounts in <td class="n">, tables in 万元. */
export const BASES = {
  '806': '806-xiqiao-archives-final-2024',
  '800': '800-yintuo-water-resources-final-2024',
  '803': '803-hantang-justice-final-2024',
} as const;
export type BaseId = keyof typeof BASES;

export type Producer = 'chromium' | 'writer' | 'gs' | 'gs-chromium' | 'cairo';

export interface Variant {
  /** Unique name: base-family-what. */
  readonly name: string;
  readonly base: BaseId;
  readonly family: string;
  readonly producer: Producer;
  /** CSS appended to the source's own. */
  readonly css?: string;
  /** Rewrites of each amount cell's text (in order). */
  readonly cells?: readonly ((v: string) => string)[];
  /** Tables in 元: captions 单位：元, amounts ×10000 exactly. */
  readonly yuan?: boolean;
  /** Any other rewrite of the whole HTML (after cells and CSS). */
  readonly html?: (html: string) => string;
}

const AMOUNT = /^-?[\d,]+\.\d{2}$/;

/** Applies f to the text of every <table>…</table> (prose untouched). */
export function tables(html: string, f: (table: string) => string): string {
  return html.replace(/<table>[\s\S]*?<\/table>/g, (t) => f(t));
}

/** Applies f to the content of every amount cell <td class="n">…</td>. */
export function amountCells(html: string, f: (v: string) => string): string {
  return tables(html, (t) => t.replace(/(<td class="n">)([^<]*)(<\/td>)/g, (_, a: string, v: string, b: string) => a + f(v) + b));
}

/** A zero amount (0.00, or a blank, a dash where the source writes zero so) written as p; an empty slot stays empty. */
export const zeroAs =
  (p: string, blankIsZero = false) =>
  (v: string): string =>
    v === '0.00' || v === '-' || v === '—' || (blankIsZero && v === '') ? p : v;

/** Exact 万元 → 元 with thousands separators: 1,234.56 → 12,345,600.00 (integer arithmetic on 分). */
export function toYuan(v: string): string {
  if (!AMOUNT.test(v)) return v;
  const negative = v.startsWith('-');
  const fen = BigInt(v.replace(/[-,.]/g, '')) * 10000n;
  const whole = (fen / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${(fen % 100n).toString().padStart(2, '0')}`;
}

export const separatorsOff = (v: string): string => (AMOUNT.test(v) ? v.replace(/,/g, '') : v);
export const separatorsOn = (v: string): string =>
  AMOUNT.test(v) ? v.replace(/,/g, '').replace(/^(-?\d+)(\.\d{2})$/, (_, w: string, d: string) => w.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + d) : v;

export function variantHtml(v: Variant): string {
  let html = readFileSync(join(FIXTURE_DIR, `${BASES[v.base]}.html`), 'utf8');
  for (const f of v.cells ?? []) html = amountCells(html, f);
  if (v.yuan) html = amountCells(html, toYuan).replace(/单位：万元/g, '单位：元');
  if (v.css) html = html.replace('</style>', `${v.css}\n</style>`);
  if (v.html) html = v.html(html);
  return html;
}

/** Every page landscape (named pages too). */
const LANDSCAPE = '@page { size: A4 landscape; } @page land { size: A4 landscape; }';
/** Rows tall enough that tables run over pages. */
const TALL = 'td, th { padding-top: 9pt !important; padding-bottom: 9pt !important; }';
const NARROW_NAMES =
  'table { table-layout: fixed; } td:not(.n):not(.c) { white-space: normal; word-break: break-all; width: 4.5em; }';

/**
 * The variants of one base. Chromium prints the source as it is first: that print is the reference the others are
 * compared with (its own findings must already be clean).
 */
export function variantsOf(base: BaseId): Variant[] {
  const v = (family: string, what: string, rest: Omit<Variant, 'name' | 'base' | 'family'>): Variant => ({
    name: `${base}-${family}-${what}`,
    base,
    family,
    ...rest,
  });
  // 806 writes zero as 0.00 and leaves empty slots blank; 800 / 803 write zero blank.
  const blankIsZero = base !== '806';
  return [
    v('reference', 'as-is', { producer: 'chromium' }),
    // page size and orientation
    v('page', 'landscape', { producer: 'chromium', css: LANDSCAPE }),
    v('page', 'b5', { producer: 'chromium', css: '@page { size: 176mm 250mm; margin: 15mm 12mm; } @page land { size: 250mm 176mm; }' }),
    // columns
    v('columns', 'narrow-names', { producer: 'chromium', css: NARROW_NAMES }),
    v('columns', 'wide-auto', { producer: 'chromium', css: 'table { width: auto !important; margin: 0 auto; } td, th { padding-left: 14pt !important; padding-right: 14pt !important; }' }),
    v('columns', 'narrow-amounts', {
      producer: 'chromium',
      css: 'table { table-layout: fixed; } td.n { white-space: normal !important; word-break: break-all; }',
      yuan: true,
    }),
    // pagination
    v('pages', 'split-thead', { producer: 'chromium', css: TALL }),
    v('pages', 'split-no-thead', { producer: 'chromium', css: `${TALL} thead { display: table-row-group; }` }),
    v('pages', 'landscape-split-yuan', { producer: 'chromium', css: `${LANDSCAPE} ${TALL}`, yuan: true }),
    // fonts
    v('fonts', 'serif-small', { producer: 'chromium', css: 'table { font-family: "Noto Serif CJK SC" !important; font-size: 7pt !important; }' }),
    v('fonts', 'sans-large', { producer: 'chromium', css: 'table { font-size: 11pt !important; } html { font-family: "Noto Sans CJK SC" !important; }' }),
    // numbers
    v('numbers', 'separators-off', { producer: 'chromium', cells: [separatorsOff] }),
    v('numbers', 'separators-on', { producer: 'chromium', cells: [separatorsOn] }),
    v('numbers', 'zero-blank', { producer: 'chromium', cells: [zeroAs('', blankIsZero)] }),
    v('numbers', 'zero-dash', { producer: 'chromium', cells: [zeroAs('-', blankIsZero)] }),
    v('numbers', 'zero-emdash', { producer: 'chromium', cells: [zeroAs('—', blankIsZero)] }),
    v('numbers', 'zero-0.00', { producer: 'chromium', cells: [zeroAs('0.00', blankIsZero)] }),
    v('numbers', 'yuan', { producer: 'chromium', yuan: true }),
    v('numbers', 'yuan-centred', { producer: 'chromium', yuan: true, css: 'td.n { text-align: center !important; }' }),
    v('numbers', 'left-aligned', { producer: 'chromium', css: 'td.n { text-align: left !important; }' }),
    // text drawn glyph by glyph (letter-spacing: each glyph, or a few, a word of the text layer)
    v('glyphs', 'letter-spaced', { producer: 'chromium', css: 'td, th { letter-spacing: 0.25em; } p { letter-spacing: 0.1em; }' }),
    v('glyphs', 'letter-spaced-yuan', { producer: 'chromium', css: 'td, th { letter-spacing: 2pt; }', yuan: true }),
    // running heads and page numbers
    v('heads', 'running-heads', {
      producer: 'chromium',
      css:
        '@page { @top-center { content: "决算公开"; font-size: 9pt; } @top-right { content: "第" counter(page) "页"; font-size: 9pt; } ' +
        '@bottom-center { content: "- " counter(page) " -"; font-size: 9pt; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }' +
        '@page land { @top-center { content: "决算公开"; font-size: 9pt; } @bottom-center { content: "— " counter(page) " —"; } }',
    }),
    // other producers and text drawn in other runs
    v('producer', 'writer', { producer: 'writer' }),
    v('producer', 'writer-yuan', { producer: 'writer', yuan: true }),
    v('producer', 'gs-pdfwrite', { producer: 'gs' }),
    v('producer', 'gs-pdfwrite-chromium', { producer: 'gs-chromium' }),
    v('producer', 'pdftocairo', { producer: 'cairo' }),
  ];
}

export const TOOLS_OF: Record<Producer, readonly Tool[]> = {
  chromium: ['chromium'],
  writer: ['soffice'],
  gs: ['soffice', 'gs'],
  'gs-chromium': ['chromium', 'gs'],
  cairo: ['chromium', 'pdftocairo'],
};

/**
 * Prints every variant into dir and returns the PDF path of each (by name); a variant whose tools are missing is left
 * out. gs and cairo re-print the base's reference print.
 */
export async function printVariants(dir: string, variants: readonly Variant[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ready = variants.filter((v) => TOOLS_OF[v.producer].every(hasTool));
  const chromium = ready.filter((v) => v.producer !== 'writer');
  if (chromium.length > 0) {
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({ executablePath: TOOLS.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      for (const v of ready.filter((x) => x.producer === 'chromium')) {
        const path = join(dir, `${v.name}.pdf`);
        await page.setContent(variantHtml(v), { waitUntil: 'load' });
        await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
        out.set(v.name, path);
      }
    } finally {
      await browser.close();
    }
  }
  const writer = ready.filter((v) => v.producer === 'writer');
  if (writer.length > 0) {
    for (const v of writer) writeFileSync(join(dir, `${v.name}.html`), variantHtml(v));
    await run(
      TOOLS.soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf:writer_web_pdf_Export',
        '--outdir',
        dir,
        ...writer.map((v) => join(dir, `${v.name}.html`)),
      ],
      { timeout: 300_000 },
    );
    for (const v of writer) {
      const path = join(dir, `${v.name}.pdf`);
      if (existsSync(path)) out.set(v.name, path);
    }
  }
  for (const v of ready.filter((x) => x.producer === 'gs' || x.producer === 'gs-chromium' || x.producer === 'cairo')) {
    // Ghostscript re-distils Writer's print; Chromium's (CID fonts without their own Unicode names) with the
    // interpreter that keeps its text (Ghostscript 10.00's new one maps many of its glyphs to wrong characters).
    const source = out.get(v.producer === 'gs' ? `${v.base}-producer-writer` : `${v.base}-reference-as-is`);
    if (!source) continue;
    const path = join(dir, `${v.name}.pdf`);
    if (v.producer === 'cairo') await run(TOOLS.pdftocairo, ['-pdf', source, path], { timeout: 120_000 });
    else {
      const legacy = v.producer === 'gs-chromium' ? ['-dNEWPDF=false'] : [];
      try {
        await run(TOOLS.gs, ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', ...legacy, '-sDEVICE=pdfwrite', `-sOutputFile=${path}`, source], { timeout: 120_000 });
      } catch {
        continue;
      }
    }
    out.set(v.name, path);
  }
  return out;
}

/**
 * What the reader must rebuild the same whatever the print: every table row that holds a non-zero amount, as its
 * label (its text cells in order — codes, 行次 and names — read as one, spaces dropped: a code set close before its
 * name may be read into the name's cell) and its non-zero amounts in order, in 分 of 元 (an amount of a 万元 table ×
 * 10000). Zero, blank and dashes are left out (the variants write them differently).
 */
export function tableFacts(tablesRead: readonly { rows: readonly (readonly string[])[] }[], yuan: boolean): string[] {
  const facts: string[] = [];
  for (const t of tablesRead) {
    for (const row of t.rows) {
      const label: string[] = [];
      const amounts: string[] = [];
      for (const raw of row) {
        const cell = raw.replace(/\s+/g, '');
        if (AMOUNT.test(cell)) {
          const fen = BigInt(cell.replace(/[-,.]/g, '')) * (yuan ? 1n : 10000n) * (cell.startsWith('-') ? -1n : 1n);
          if (fen !== 0n) amounts.push(fen.toString());
        } else if (cell !== '' && cell !== '-' && cell !== '—') label.push(cell);
      }
      if (amounts.length > 0) facts.push(`${label.join('')} = ${amounts.join(' ')}`);
    }
  }
  return facts.sort();
}

/** Facts in a but not in b (as a multiset). */
export function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const f of b) left.set(f, (left.get(f) ?? 0) + 1);
  const out: string[] = [];
  for (const f of a) {
    const n = left.get(f) ?? 0;
    if (n > 0) left.set(f, n - 1);
    else out.push(f);
  }
  return out;
}

export const variantFile = (path: string): string => basename(path);
