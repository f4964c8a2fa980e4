/** The report writer's refusal: a final report is never written from data that disagrees with itself. */
import type { Finding } from '../core/finding.ts';

export class ReportRefusedError extends Error {
  override name = 'ReportRefusedError';
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[]) {
    super(
      `数据校验发现${findings.length}个错误，拒绝生成正式报告（可加 --draft 生成带“草稿”水印的草稿）：${findings
        .map((f) => `[${f.rule}] ${f.message}`)
        .join('；')} / refused: ${findings.length} validation error(s); use draft mode for a watermarked draft`,
    );
    this.findings = findings;
  }
}
