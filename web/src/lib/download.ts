/**
 * Download a file from the API without ever showing a raw error body: an error answer becomes a Chinese
 * message (thrown as ApiError by api()), a good one is saved under the server's file name.
 */
import { ApiError } from '../api.ts';
import { chineseOnly } from './chinese.ts';

function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition ? /filename\*=UTF-8''([^;]+)/i.exec(disposition) : null;
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return plain?.[1] ?? fallback;
}

export async function downloadFile(url: string, fallbackName = '下载文件'): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    if (response.status >= 500) throw new ApiError(response.status, body?.code ?? 'http', `服务器出错（${response.status}），请稍后重试`);
    throw new ApiError(response.status, body?.code ?? 'http', chineseOnly(body?.message ?? '', `下载未完成（${response.status}）`));
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  // Always a download: a new window opened after an await would be a blocked pop-up.
  const a = document.createElement('a');
  a.href = href;
  const ext = /\.[a-z]+$/i.exec(url.split('?')[0] ?? '')?.[0] ?? '';
  a.download = fileNameOf(response.headers.get('content-disposition'), /\.[a-z]+$/i.test(fallbackName) ? fallbackName : `${fallbackName}${ext}`);
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
