/** Grade bands (评价等级) for a score, from data/report/grade-bands.v1.json. */
import { z } from 'zod';
import { loadDataJson } from '../reference/data-json.ts';

const gradeBandsSchema = z
  .object({
    source: z.string(),
    version: z.string(),
    bands: z.array(z.object({ grade: z.string().min(1), min: z.number() }).strict()).min(1),
  })
  .strict();

let bands: readonly { grade: string; min: number }[] | undefined;

function loadBands(): readonly { grade: string; min: number }[] {
  bands ??= [...loadDataJson('data/report/grade-bands.v1.json', gradeBandsSchema).bands].sort(
    (a, b) => b.min - a.min,
  );
  return bands;
}

/** The grade a score earns: the highest band whose minimum it reaches. */
export function gradeOf(score: number): string {
  const all = loadBands();
  return all.find((b) => score >= b.min)?.grade ?? all[all.length - 1]!.grade;
}
