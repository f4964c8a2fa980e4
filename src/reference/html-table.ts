/**
 * Many web-based finance and asset systems "export to Excel" by writing an HTML table into a file named .xls
 * (Excel and WPS open it). Such a file is text: its rows are the <tr> of every <table> in order, a cell's text is
 * the <td>/<th> content without tags. A merged cell (colspan/rowspan) keeps its text in its first position and
 * leaves the others empty, as an .xlsx reader reports merged cells.
 */

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Does the text look like an HTML table export (rather than CSV)? */
export function isHtmlTable(text: string): boolean {
  const start = text.slice(0, 4096).trimStart().toLowerCase();
  return start.startsWith('<') && /<table[\s>]/u.test(text.slice(0, 65_536).toLowerCase());
}

const span = (attrs: string, name: string): number => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'iu').exec(attrs);
  return m ? Math.max(1, Math.min(1000, Number(m[1]))) : 1;
};

/** The rows of every table in the document, merged cells spread as empty cells. */
export function htmlTableRows(html: string): string[][] {
  return htmlTables(html).flat();
}

/** Each table of the document as its rows (a web export may put a cover or query table before the ledger's). */
export function htmlTables(html: string): string[][][] {
  const tables: string[][][] = [];
  const body = html.replace(/<!--[\s\S]*?-->/gu, '').replace(/<(script|style)[\s\S]*?<\/\1>/giu, '');
  for (const table of body.matchAll(/<table[\s\S]*?<\/table>/giu)) {
    // Columns still covered by a rowspan from a row above: column → rows left.
    const pending = new Map<number, number>();
    const rows: string[][] = [];
    tables.push(rows);
    for (const tr of table[0].matchAll(/<tr[^>]*>([\s\S]*?)(?=<tr[\s>]|<\/table>)/giu)) {
      const row: string[] = [];
      const cover = () => {
        while ((pending.get(row.length) ?? 0) > 0) {
          pending.set(row.length, pending.get(row.length)! - 1);
          row.push('');
        }
      };
      for (const td of tr[1]!.matchAll(/<t([dh])([^>]*)>([\s\S]*?)(?=<t[dh][\s>]|<\/tr>|$)/giu)) {
        cover();
        const attrs = td[2]!;
        const text = decodeEntities(
          td[3]!
            .replace(/<\/t[dh]>[\s\S]*$/iu, '')
            .replace(/<br\s*\/?>/giu, '\n')
            .replace(/<[^>]+>/gu, ''),
        )
          .replace(/[ \t\r\u00a0]+/gu, ' ')
          .replace(/ ?\n ?/gu, '\n')
          .trim();
        const cols = span(attrs, 'colspan');
        const down = span(attrs, 'rowspan') - 1;
        for (let k = 0; k < cols; k++) {
          if (down > 0) pending.set(row.length, down);
          row.push(k === 0 ? text : '');
        }
      }
      cover();
      rows.push(row);
    }
  }
  return tables;
}
