/**
 * The report writer's refusal: a final report is never written from data that disagrees with itself, nor with
 * content only the officer can supply still missing (rule report-incomplete: the list of what to fill).
 */
import type { Finding } from '../core/finding.ts';

/** 「数据校验发现2个错误，缺少3项内容」 / `2 validation error(s), 3 missing item(s)`. */
export function refusalSummary(findings: readonly Finding[]): { zh: string; en: string } {
  const missing = findings.filter((f) => f.rule === 'report-incomplete').length;
  const errors = findings.length - missing;
  const zh = [errors > 0 ? `数据校验发现${errors}个错误` : '', missing > 0 ? `缺少${missing}项内容` : ''].filter(Boolean).join('，');
  const en = [errors > 0 ? `${errors} validation error(s)` : '', missing > 0 ? `${missing} missing item(s)` : ''].filter(Boolean).join(', ');
  return { zh, en };
}

/**
 * A final report refused. `message` is the command line's (it names --draft); `webMessage` says the same to the
 * web app's user, who downloads a draft from the 草稿 buttons beside the report downloads.
 */
export class ReportRefusedError extends Error {
  override name = 'ReportRefusedError';
  readonly findings: readonly Finding[];
  readonly webMessage: string;
  constructor(findings: readonly Finding[]) {
    const { zh, en } = refusalSummary(findings);
    const said = (draft: string, web: boolean) =>
      `拒绝生成正式报告：${zh}（${draft}）：${findings
        .map((f) => `[${f.rule}] ${web ? (f.webMessage ?? f.message) : f.message}`)
        .join('；')} / refused: ${en}; use draft mode for a watermarked draft`;
    super(said('可加 --draft 生成带“草稿”水印的草稿', false));
    this.webMessage = said('可点“草稿”按钮下载带水印的草稿', true);
    this.findings = findings;
  }
}
