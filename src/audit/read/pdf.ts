/**
 * Read a PDF's text layer with one call of poppler's `pdftotext -bbox` (every word with its box) and rebuild the
 * text and its tables from the positions (pdf-layout.ts): table rows come out tab-separated, like Word tables.
 */
import { execFile } from 'node:child_process';
import { AuditInputError } from '../errors.ts';
import { layoutPdf, type PdfLayout } from './pdf-layout.ts';

export async function readPdf(path: string, timeoutMs: number): Promise<PdfLayout> {
  return new Promise<PdfLayout>((resolve, reject) => {
    execFile(
      'pdftotext',
      ['-bbox', '-enc', 'UTF-8', '-q', path, '-'],
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new AuditInputError('需要安装 poppler-utils 才能读取 PDF / pdftotext not found (install poppler-utils)'));
          } else if (error.killed) {
            reject(new AuditInputError(`读取 PDF 超时（${Math.round(timeoutMs / 1000)} 秒） / pdftotext timed out`));
          } else {
            reject(new AuditInputError('无法读取 PDF：文件损坏或已加密 / cannot read PDF: corrupt or encrypted'));
          }
          return;
        }
        const layout = layoutPdf(stdout);
        if (layout.text.trim().length === 0) {
          reject(new AuditInputError('PDF 没有文本层（可能是扫描件），无法检查 / PDF has no text layer (scanned?)'));
          return;
        }
        resolve(layout);
      },
    );
  });
}
