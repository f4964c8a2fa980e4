/**
 * Input errors that name their place. A zod error becomes a list of `{ path, message }` with paths written the
 * way the rest of Jixiao writes them (`expenditure.byFunction[0].amounts.final`).
 */
import type { z } from 'zod';

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(根)';
}

export function issuesOf(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: translate(issue) }));
}

/** zod's own English messages get a Chinese lead; our custom messages are already bilingual. */
function translate(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `缺少必填字段 / required field is missing`
        : `类型错误，应为 ${issue.expected} / ${issue.message}`;
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')} / unknown field(s): ${issue.keys.join(', ')}`;
    case 'too_big':
      return `超出上限 / ${issue.message}`;
    case 'too_small':
      return `低于下限 / ${issue.message}`;
    case 'invalid_value':
      return `取值无效 / ${issue.message}`;
    case 'invalid_format':
      return `格式错误 / ${issue.message}`;
    default:
      return `输入有误 / ${issue.message}`;
  }
}

/** An error a user caused, with the places named. Shown as is, never with a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    readonly issues: readonly InputIssue[] = [],
  ) {
    super(message);
  }
}
