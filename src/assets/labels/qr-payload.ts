/**
 * What a label's QR code carries: the asset number, the name and the department, one per line, readable by
 * any phone scanner. The stocktake page takes the asset number back out with assetNumberFromScan.
 */
export interface LabelContent {
  readonly assetNumber: string;
  readonly name: string;
  readonly department: string;
}

export function qrPayload(c: LabelContent): string {
  return `资产编号:${c.assetNumber}\n资产名称:${c.name}\n使用单位:${c.department}`;
}

/** The asset number from a scanned text: our payload, or a bare number from an older label. */
export function assetNumberFromScan(text: string): string {
  const m = /资产编号[:：]\s*([^\r\n]+)/.exec(text);
  return (m ? m[1]! : text).trim();
}
