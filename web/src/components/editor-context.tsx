/**
 * The department-year being edited, shared by every field of the editor: read a value by path, write one
 * (immutably), and the findings (validation, review comments) that concern a path.
 */
import { createContext, useContext } from 'react';
import { type Path, pathText } from '../paths.ts';
import type { DepartmentYear, Finding } from '../types.ts';

export interface EditorState {
  readonly dy: DepartmentYear;
  readonly readOnly: boolean;
  readonly findings: readonly Finding[];
  set(path: Path, value: unknown): void;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('EditorContext missing');
  return ctx;
}

export function getIn(obj: unknown, path: Path): unknown {
  let v: unknown = obj;
  for (const p of path) {
    if (v === null || v === undefined) return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

/** A copy of `obj` with `value` at `path`; undefined removes the key. Missing containers are created. */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...Path];
  const base: unknown = obj ?? (typeof head === 'number' ? [] : {});
  const child = setIn((base as Record<string | number, unknown>)[head], rest, value);
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[head as number] = child;
    return copy as T;
  }
  const copy = { ...(base as Record<string, unknown>) };
  if (child === undefined) delete copy[head as string];
  else copy[head as string] = child;
  return copy as T;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/**
 * Findings whose evidence points exactly at `path` (or anywhere below it with `below`). With `homeOnly`, only
 * the findings whose first evidence is here: a sum that disagrees with its parts is written once, at the
 * total, not under every part (the parts are still outlined).
 */
export function findingsAt(findings: readonly Finding[], path: Path, below = false, homeOnly = false): Finding[] {
  const p = pathText(path);
  const hit = (e: { path?: string }) => e.path !== undefined && (below ? under(e.path, p) : e.path === p);
  return findings.filter((f) => {
    if (!homeOnly) return f.evidence.some(hit);
    const home = f.evidence.find((e) => e.path !== undefined);
    return home !== undefined && hit(home);
  });
}
