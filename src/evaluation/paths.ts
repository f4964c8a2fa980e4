/**
 * Reads an indicator input out of a DepartmentYear by its declared path. Paths are plain data (they come from
 * the indicator library), so resolution is structural: dotted keys, `[]` to sum an array's elements, `[flag]` to
 * sum only the elements whose boolean `flag` is true (`projects[isKey].amounts.initialBudget`). A value that is
 * absent stays absent — never zero: a filter over elements none of which states the flag is absent (not
 * classified), one over elements that state it but are all false is 0.
 */
import type { IndicatorInputSpec } from './library.ts';

export interface ResolvedInput {
  readonly value: number;
  /** The concrete paths the value was read from (several for a sum). */
  readonly paths: readonly string[];
  /** Set when the stated total and the sum of its parts disagree; the value is then the sum of the parts. */
  readonly conflict?: { readonly total: ResolvedInput; readonly parts: ResolvedInput };
  /** Set when they differ only within the rounding tolerance; the stated total is then used. */
  readonly roundingGap?: { readonly total: ResolvedInput; readonly parts: ResolvedInput };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Values at a path, expanding `[]` into every element; `undefined` when any step is absent. */
function collect(root: unknown, segments: readonly string[], prefix: string): { value: number; path: string }[] | undefined {
  if (segments.length === 0) {
    return typeof root === 'number' && Number.isFinite(root) ? [{ value: root, path: prefix }] : undefined;
  }
  const [head, ...rest] = segments as [string, ...string[]];
  const step = /^(\w+)\[(\w*)\]$/.exec(head);
  const key = step ? step[1]! : head;
  if (!isRecord(root)) return undefined;
  const next = root[key];
  const here = prefix === '' ? key : `${prefix}.${key}`;
  if (!step) return collect(next, rest, here);
  if (!Array.isArray(next) || next.length === 0) return undefined;
  const flag = step[2]!;
  if (flag !== '' && !next.some((e) => isRecord(e) && typeof e[flag] === 'boolean')) return undefined;
  const out: { value: number; path: string }[] = [];
  for (let i = 0; i < next.length; i++) {
    if (flag !== '' && !(isRecord(next[i]) && next[i][flag] === true)) continue;
    const part = collect(next[i], rest, `${here}[${i}]`);
    if (part === undefined) return undefined;
    out.push(...part);
  }
  return out;
}

/** The number at one path (summing over `[]`), or undefined. */
export function readPath(root: unknown, path: string): ResolvedInput | undefined {
  const parts = collect(root, path.split('.'), '');
  if (parts === undefined) return undefined;
  let total = 0;
  for (const p of parts) total += p.value;
  return { value: total, paths: parts.map((p) => p.path) };
}

function sumOfPaths(root: unknown, paths: readonly string[]): ResolvedInput | undefined {
  let total = 0;
  const found: string[] = [];
  for (const p of paths) {
    const part = readPath(root, p);
    if (part === undefined) return undefined;
    total += part.value;
    found.push(...part.paths);
  }
  return { value: total, paths: found };
}

/**
 * Resolve an input spec: its path, or the sum of `sumOf` when every part is present. When both exist and
 * disagree, the parts win — they are the line-by-line figures (the seed's “预算数为28元，其中：公务接待费28万元”
 * shows a total mistyped) — and the conflict is returned so the trace and the checks can show it.
 */
export function resolveInput(
  root: unknown,
  spec: IndicatorInputSpec,
  /** How far a total may be from the sum of its `n` parts through rounding alone (0 for exact data). */
  tolerance: (parts: number) => number = () => 0,
): ResolvedInput | undefined {
  const direct = spec.path === undefined ? undefined : readPath(root, spec.path);
  const parts = spec.sumOf === undefined || spec.sumOf.length === 0 ? undefined : sumOfPaths(root, spec.sumOf);
  if (direct !== undefined && parts !== undefined && direct.value !== parts.value) {
    if (Math.abs(direct.value - parts.value) <= tolerance(parts.paths.length)) {
      return { ...direct, roundingGap: { total: direct, parts } };
    }
    return { value: parts.value, paths: parts.paths, conflict: { total: direct, parts } };
  }
  return direct ?? parts;
}
