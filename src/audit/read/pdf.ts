/**
 * Read a PDF's text layer with one call of poppler's `pdftotext -bbox` (every word with its box) and rebuild the
 * text and its tables from the positions (pdf-layout.ts): table rows come out tab-separated, like Word tables.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AuditInputError } from '../errors.ts';
import { layoutPdf, type PdfLayout } from './pdf-layout.ts';

const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => existsSync(p));

/**
 * pdftotext under prlimit (util-linux) where it exists: an address-space cap and a CPU-time cap the kernel
 * enforces even if the caller is gone (a parse worker stopped for its own time limit leaves no orphan running).
 */
function command(path: string, timeoutMs: number, memoryMb: number | undefined): [string, string[]] {
  const args = ['-bbox', '-enc', 'UTF-8', '-q', path, '-'];
  // pdftotext is looked up on PATH here, so a missing one still answers "not found" (ENOENT) below.
  const pdftotext = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'pdftotext')).find((p) => existsSync(p));
  if (!PRLIMIT || memoryMb === undefined || !pdftotext) return ['pdftotext', args];
  const cpuSeconds = Math.max(1, Math.ceil(timeoutMs / 1000));
  return [PRLIMIT, [`--as=${memoryMb * 1048576}`, `--cpu=${cpuSeconds}`, '--', pdftotext, ...args]];
}

export async function readPdf(path: string, timeoutMs: number, memoryMb?: number): Promise<PdfLayout> {
  const [file, args] = command(path, timeoutMs, memoryMb);
  return new Promise<PdfLayout>((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') {
            reject(new AuditInputError('需要安装 poppler-utils 才能读取 PDF / pdftotext not found (install poppler-utils)'));
          } else if (error.killed || error.signal === 'SIGXCPU' || error.signal === 'SIGKILL') {
            reject(new AuditInputError(`读取 PDF 超时（${Math.round(timeoutMs / 1000)} 秒） / pdftotext timed out`));
          } else if (memoryMb !== undefined && error.signal === 'SIGABRT') {
            reject(new AuditInputError(`PDF 内容过于庞大，读取所需内存超过 ${memoryMb} MB / reading the PDF needs more than ${memoryMb} MB`));
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
