/**
 * Report writer benchmark on the demo department (as a draft, since the demo keeps the seed's data errors):
 * the median over warm runs of the whole path — validate, compose (ECharts SSR), render — for .docx (charts
 * rasterised once, then cached), PDF (warm Chromium) and HTML. Goals: docx ≤ 300 ms, PDF ≤ 2 s warm.
 * Run: node --import tsx bench/report.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadDemo } from '../src/reference/demo.ts';
import { closeReportRenderer, type ReportFormat, renderReport } from '../src/report/index.ts';

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timeFormat(format: ReportFormat, runs: number): Promise<{ cold: number; warm: number }> {
  const dy = loadDemo();
  let t = performance.now();
  await renderReport(dy, { format, draft: true });
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await renderReport(dy, { format, draft: true });
    times.push(performance.now() - t);
  }
  return { cold, warm: median(times) };
}

export async function runReportBench(): Promise<Record<string, number>> {
  try {
    const html = await timeFormat('html', 9);
    const docx = await timeFormat('docx', 9);
    const pdf = await timeFormat('pdf', 5);
    const round = (v: number): number => Math.round(v);
    return {
      'docx 中位数 ms（目标 ≤300）': round(docx.warm),
      'docx 首次 ms': round(docx.cold),
      'PDF 热启动中位数 ms（目标 ≤2000）': round(pdf.warm),
      'PDF 首次（含启动浏览器） ms': round(pdf.cold),
      'HTML 中位数 ms': round(html.warm),
    };
  } finally {
    await closeReportRenderer();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runReportBench();
  for (const [k, v] of Object.entries(result)) console.log(`${k}: ${v}`);
}
