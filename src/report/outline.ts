/**
 * Outline templates (提纲): versioned data under data/report/outlines/. A template names, per section, the
 * generated blocks that fill it; the numbering (一、 （一） 1.) is computed, never stored.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { repoPath } from '../reference/paths.ts';

export const OUTLINE_DIR = repoPath('data/report/outlines');

export interface OutlineSection {
  readonly heading: string;
  readonly blocks: readonly string[];
  readonly children: readonly OutlineSection[];
}

const sectionSchema: z.ZodType<OutlineSection, unknown> = z.lazy(() =>
  z
    .object({
      heading: z.string().min(1).max(100),
      blocks: z.array(z.string().min(1)).default([]),
      children: z.array(sectionSchema).default([]),
    })
    .strict(),
);

export const outlineSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().min(1),
    name: z.string().min(1),
    source: z.string().min(1),
    default: z.boolean().default(false),
    /** `{fiscalYear}` and `{departmentName}` are filled in. */
    title: z.string().min(1),
    sections: z.array(sectionSchema).min(1).max(20),
    /** What a section with nothing to report says; `{subject}` is the kind of spending. */
    noneText: z.string().min(1),
    attachments: z.array(z.string()).default([]),
  })
  .strict();
export type Outline = z.output<typeof outlineSchema>;

export class OutlineError extends Error {
  override name = 'OutlineError';
}

let cache: Map<string, Outline> | undefined;

/** All outline templates, by id. Read once: they are data shipped with the program. */
export function loadOutlines(): ReadonlyMap<string, Outline> {
  if (cache) return cache;
  const map = new Map<string, Outline>();
  for (const file of readdirSync(OUTLINE_DIR).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = outlineSchema.safeParse(JSON.parse(readFileSync(join(OUTLINE_DIR, file), 'utf8')));
    if (!parsed.success) {
      throw new OutlineError(`提纲模板 ${file} 格式有误 / invalid outline template ${file}: ${parsed.error.message}`);
    }
    map.set(parsed.data.id, parsed.data);
  }
  cache = map;
  return map;
}

/** The outline with this id, or the default one. */
export function getOutline(id?: string): Outline {
  const outlines = loadOutlines();
  if (id === undefined) {
    const def = [...outlines.values()].find((o) => o.default);
    if (!def) throw new OutlineError('没有默认提纲模板 / no default outline template');
    return def;
  }
  const found = outlines.get(id);
  if (!found) {
    throw new OutlineError(
      `未知的提纲模板“${id}”，可选：${[...outlines.keys()].join('、')} / unknown outline "${id}"`,
    );
  }
  return found;
}

/** Every block id an outline uses, for checking them against the block registry. */
export function outlineBlockIds(outline: Outline): string[] {
  const ids: string[] = [];
  const walk = (s: OutlineSection): void => {
    ids.push(...s.blocks);
    s.children.forEach(walk);
  };
  outline.sections.forEach(walk);
  ids.push(...outline.attachments);
  return ids;
}
