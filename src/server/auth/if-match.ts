/**
 * Optimistic locking of versioned resources (issue 17): every write to a department-year — the document, its
 * parts, the budget-table import, score overrides and workflow actions — must say which version of the year the
 * client read (`If-Match: "3"`). Without it the write is refused with 428, so no client can overwrite a
 * change it never saw; a stale version is the store's 409 (VersionConflictError).
 */
import { HttpError } from '../errors.ts';

export const preconditionRequired = () =>
  new HttpError(
    428,
    'precondition-required',
    '缺少 If-Match 请求头：请先读取本年度数据，再带上所读到的版本号保存 / If-Match is required: send the version you read',
    [{ path: 'If-Match', message: '缺少 / missing' }],
  );

/** `If-Match: "3"` (or `W/"3"`, or 3) → 3. Absent → 428; not a version number → 400. */
export function requiredVersion(header: string | string[] | undefined): number {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') throw preconditionRequired();
  const n = Number(value.trim().replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new HttpError(400, 'invalid-input', 'If-Match 须为版本号 / If-Match must be a version number', [{ path: 'If-Match', message: String(value).slice(0, 100) }]);
  }
  return n;
}
