/**
 * The check result as an Excel workbook: 汇总 (per rule), 疑点明细 (flagged entries, strongest evidence first, as the
 * CLI and the API list them by default), 全部发现.
 */
import ExcelJS from 'exceljs';
import { SEVERITY_LABEL } from '../core/finding.ts';
import { type LedgerCheckReport, sortFlagged } from './check-ledger.ts';
import { NATURE_LABEL } from './entry.ts';

const yuan = (fen: number): number => fen / 100;

export async function ledgerReportXlsx(report: LedgerCheckReport, title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Jixiao';
  const summary = wb.addWorksheet('汇总');
  summary.addRow([title]);
  summary.addRow(['规则', '名称', '发现数', '错误', '警告', '提示', '涉及笔数', '涉及金额（元）']);
  for (const s of report.summary) {
    summary.addRow([s.rule, s.title, s.findings, s.errors, s.warnings, s.infos, s.entries, yuan(s.amount)]);
  }
  summary.getColumn(8).numFmt = '#,##0.00';
  summary.getColumn(1).width = 34;
  summary.getColumn(2).width = 24;

  const detail = wb.addWorksheet('疑点明细');
  detail.addRow(['行号', '日期', '凭证号', '摘要', '凭证摘要', '金额（元）', '功能科目', '经济科目', '支出类型', '项目', '级别', '规则', '说明']);
  for (const f of sortFlagged(report.flagged, 'evidence')) {
    const e = f.entry;
    detail.addRow([
      e.row,
      e.date,
      e.voucher,
      e.summary,
      e.voucherSummary ?? '',
      yuan(e.amount),
      e.functionCode,
      e.economicCode,
      NATURE_LABEL[e.nature],
      e.projectCode ?? e.projectName ?? '',
      SEVERITY_LABEL[f.severity],
      f.rules.join('\n'),
      f.messages.join('\n'),
    ]);
  }
  detail.getColumn(6).numFmt = '#,##0.00';
  detail.getColumn(4).width = 36;
  detail.getColumn(5).width = 24;
  detail.getColumn(13).width = 80;
  detail.autoFilter = { from: 'A1', to: 'M1' };
  detail.views = [{ state: 'frozen', ySplit: 1 }];

  const all = wb.addWorksheet('全部发现');
  all.addRow(['级别', '规则', '说明', '证据', '计算']);
  for (const f of report.findings) {
    all.addRow([
      SEVERITY_LABEL[f.severity],
      f.rule,
      f.message,
      f.evidence
        .slice(0, 20)
        .map((e) => e.path ?? e.quote ?? '')
        .join('; '),
      f.calculation ?? '',
    ]);
  }
  all.getColumn(3).width = 90;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
