/**
 * The difference between two versions of a department-year (or any JSON value), per field path, for the
 * audit trail (留痕). Paths use the validation findings' notation: `expenditure.byFunction[0].amounts.final`.
 * Pure: no I/O.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One changed leaf: `old` is absent (undefined → null in JSON) when the field was added, `new` when removed. */
export interface FieldChange {
  readonly path: string;
  readonly old: JsonValue | null;
  readonly new: JsonValue | null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toJson(v: unknown): JsonValue | null {
  return v === undefined ? null : (JSON.parse(JSON.stringify(v)) as JsonValue);
}

function join(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/**
 * Every leaf that differs between `before` and `after`, in a stable order (keys of `after` first, then keys
 * only in `before`; arrays by index). An added or removed array element or object is reported whole.
 */
export function diffValues(before: unknown, after: unknown, base = ''): FieldChange[] {
  if (before === after) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: FieldChange[] = [];
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      if (i >= before.length) out.push({ path: join(base, i), old: null, new: toJson(after[i]) });
      else if (i >= after.length) out.push({ path: join(base, i), old: toJson(before[i]), new: null });
      else out.push(...diffValues(before[i], after[i], join(base, i)));
    }
    return out;
  }
  if (isObject(before) && isObject(after)) {
    const out: FieldChange[] = [];
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    for (const key of keys) {
      const b = before[key];
      const a = after[key];
      if (b === undefined && a === undefined) continue;
      if (b === undefined || a === undefined) {
        if (b === undefined && isEmptyContainer(a)) continue;
        if (a === undefined && isEmptyContainer(b)) continue;
        out.push({ path: join(base, key), old: toJson(b), new: toJson(a) });
      } else {
        out.push(...diffValues(b, a, join(base, key)));
      }
    }
    return out;
  }
  if (Number.isNaN(before) && Number.isNaN(after)) return [];
  return [{ path: base, old: toJson(before), new: toJson(after) }];
}

/** `{}` and `[]` carry no information: a missing optional group and an empty one are the same record. */
function isEmptyContainer(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);
}

/** The field changes between two department-years (or any two records). */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  return diffValues(before, after);
}
