/**
 * Text damaged by a wrong encoding (a GBK page read as Big5, a mirror's broken conversion): characters that no
 * Chinese government text uses — bopomofo, Cyrillic, the replacement character, private use.
 */
import { type Finding, finding } from '../../../core/finding.ts';

export const DAMAGED = /[\u3100-\u312f\u0400-\u04ff\ufffd\ue000-\uf8ff]/;

/** Whether the line holding `offset` (at most 300 characters of it) has damaged characters. */
export function onDamagedLine(text: string, offset: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - 300);
  let to = text.indexOf('\n', offset);
  if (to === -1 || to > offset + 300) to = Math.min(text.length, offset + 300);
  return DAMAGED.test(text.slice(from, to));
}

/**
 * Severity by evidence: a finding whose evidence stands on a damaged line may be the copy's damage rather than
 * the publisher's slip, so it is a 提示 (info), never an error or warning.
 */
export function demoteOnDamagedLines(text: string, findings: readonly Finding[]): Finding[] {
  if (!DAMAGED.test(text)) return [...findings];
  return findings.map((f) =>
    f.severity !== 'info' && f.evidence.some((e) => e.start !== undefined && onDamagedLine(text, e.start))
      ? finding({ ...f, severity: 'info', message: `${f.message}（所在行有乱码，仅供参考）` })
      : f,
  );
}
