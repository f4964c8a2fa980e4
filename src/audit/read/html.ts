/**
 * Read an HTML report: its text in reading order, one line per block (p, h1–h6, li, div …), and its tables as
 * tables — one row per line, cells separated by tabs, a cell spanning n columns followed by n − 1 empty cells so
 * that the columns stay aligned — exactly as the .docx reader writes Word tables. Scripts, styles, the head
 * and drawings (svg: the chart's axis labels are not text) are left out. A hand-written scanner, linear in the
 * input.
 */

export interface HtmlContent {
  text: string;
  tables: { rows: string[][] }[];
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption', 'caption', 'table', 'br', 'hr',
  'body', 'title',
]);
/** Elements whose content is not report text. */
const SKIP = new Set(['script', 'style', 'head', 'svg', 'noscript', 'template']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', middot: '·', mdash: '—', ndash: '–', hellip: '…', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', yen: '¥', times: '×', divide: '÷', le: '≤', ge: '≥' };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
}

export function readHtml(html: string): HtmlContent {
  const lines: string[] = [];
  const tables: { rows: string[][] }[] = [];
  let line = '';
  // Open tables: each a list of rows; the open row and cell of the innermost one.
  // `pending[c]`: how many more rows column c is covered by a cell above it (rowspan).
  const stack: { rows: string[][]; row: string[] | null; cell: string | null; span: number; rowSpan: number; pending: number[]; occupied: boolean[] }[] = [];
  let skipping: string | null = null;
  const flushLine = (): void => {
    const t = line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const append = (s: string): void => {
    const top = stack[stack.length - 1];
    if (top && top.cell !== null) top.cell += s;
    else line += s;
  };
  const skipCovered = (top: (typeof stack)[number]): void => {
    if (!top.row) return;
    while (top.occupied[top.row.length]) top.row.push('');
  };
  const startRow = (top: (typeof stack)[number]): void => {
    top.row = [];
    top.occupied = top.pending.map((p) => p > 0);
    top.pending = top.pending.map((p) => Math.max(0, p - 1));
  };
  const closeCell = (): void => {
    const top = stack[stack.length - 1];
    if (!top || top.cell === null) return;
    if (!top.row) startRow(top);
    const row = top.row!;
    skipCovered(top);
    const col = row.length;
    row.push(top.cell.replace(/\s+/g, ' ').trim());
    for (let k = 1; k < top.span; k++) row.push('');
    if (top.rowSpan > 1) for (let k = 0; k < top.span; k++) top.pending[col + k] = Math.max(top.pending[col + k] ?? 0, top.rowSpan - 1);
    top.cell = null;
  };
  const closeRow = (): void => {
    closeCell();
    const top = stack[stack.length - 1];
    if (top?.row) {
      skipCovered(top);
      if (top.row.some((c) => c !== '')) top.rows.push(top.row);
      top.row = null;
    }
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > i && skipping === null) append(decode(html.slice(i, textEnd)).replace(/[\r\n]+/g, ' '));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) break;
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag);
    if (!m) continue;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIP.has(name)) {
      if (!closing && !tag.endsWith('/>')) skipping = name;
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        closeCell();
        flushLine();
        stack.push({ rows: [], row: null, cell: null, span: 1, rowSpan: 1, pending: [], occupied: [] });
      } else if (stack.length > 0) {
        closeRow();
        const t = stack.pop()!;
        if (stack.length > 0) {
          // A table inside a cell: its text joins the cell.
          append(t.rows.map((r) => r.filter((c) => c).join(' ')).join(' '));
        } else if (t.rows.length > 0) {
          tables.push({ rows: t.rows });
          for (const r of t.rows) lines.push(r.map((c) => c.replace(/\t/g, ' ')).join('\t'));
        }
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && (name === 'tr' || name === 'td' || name === 'th')) {
      if (name === 'tr') {
        closeRow();
        if (!closing) startRow(top);
      } else if (!closing) {
        closeCell();
        if (!top.row) startRow(top);
        top.cell = '';
        const span = Number(attr(tag, 'colspan') ?? '1');
        top.span = Number.isInteger(span) && span > 1 && span <= 50 ? span : 1;
        const rowSpan = Number(attr(tag, 'rowspan') ?? '1');
        top.rowSpan = Number.isInteger(rowSpan) && rowSpan > 1 && rowSpan <= 500 ? rowSpan : 1;
      } else closeCell();
      continue;
    }
    if (BLOCK.has(name)) {
      if (top && top.cell !== null) top.cell += ' ';
      else flushLine();
    }
  }
  flushLine();
  return { text: lines.join('\n'), tables };
}
