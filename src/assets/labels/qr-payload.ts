/**
 * What a label's QR code carries: the asset number, the name and the department, one per line, readable by
 * any phone scanner. The stocktake page takes the asset number back out with assetNumberFromScan.
 */
export interface LabelContent {
  readonly assetNumber: string;
  readonly name: string;
  readonly department: string;
}

/** Longer names are cut: each CJK character is 3 bytes in the code, and a denser code is harder to scan. */
const MAX_NAME = 30;

export function qrPayload(c: LabelContent): string {
  const name = [...c.name].length > MAX_NAME ? `${[...c.name].slice(0, MAX_NAME - 1).join('')}…` : c.name;
  return `资产编号:${c.assetNumber}\n资产名称:${name}\n使用单位:${c.department}`;
}

/** The asset number from a scanned text: our payload, or a bare number from an older label. */
export function assetNumberFromScan(text: string): string {
  const m = /资产编号[:：]\s*([^\r\n]+)/.exec(text);
  return (m ? m[1]! : text).trim();
}
