/**
 * The two small pieces of XML text the hand-written spreadsheet readers share (SpreadsheetML 2003 in spreadsheet-ml.ts,
 * OpenDocument content.xml in ods.ts): entity decoding and an element's attributes. Neither reader builds a DOM: both
 * walk the tags with a regular expression, so that a large sheet costs one pass over its text.
 */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML's five entities and character references; anything else is kept as written (some writers are loose). */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

/** The attributes written in a start tag's text, values decoded, each under `key(name)` (the name as written by default). */
export function xmlAttributes(text: string, key: (name: string) => string = (name) => name): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) out.set(key(m[1]!), decodeXml(m[2] ?? m[3] ?? ''));
  return out;
}
