/**
 * Report writer benchmark on the demo department (as a draft, since the demo keeps the seed's data errors):
 * the median over warm runs of the whole path — validate, compose (ECharts SSR), render — for .docx (charts
 * rasterised once, then cached), PDF (warm Chromium) and HTML. Goals: docx ≤ 300 ms, PDF ≤ 2 s warm.
 * The machine is shared, so wall times swing with its load; the CPU time per report (this process plus its
 * Chromium processes, read from /proc) is reported beside them as the load-independent figure.
 * Run: node --import tsx bench/report.bench.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadDemo } from '../src/reference/demo.ts';
import { closeReportRenderer, type ReportFormat, renderReport } from '../src/report/index.ts';

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** CPU milliseconds used so far by this process's descendants (Chromium), from /proc; 0 where there is none. */
function childCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const procs = new Map<number, { ppid: number; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  let ticks = 0;
  for (const [pid, p] of procs) {
    let parent = p.ppid;
    for (let hops = 0; parent > 1 && parent !== process.pid && hops < 32; hops++) parent = procs.get(parent)?.ppid ?? 0;
    if (parent === process.pid && pid !== process.pid) ticks += p.ticks;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

interface Timing {
  readonly cold: number;
  readonly warm: number;
  /** CPU per warm report: this process plus Chromium. */
  readonly cpu: number;
}

async function timeFormat(format: ReportFormat, runs: number): Promise<Timing> {
  const dy = loadDemo();
  let t = performance.now();
  await renderReport(dy, { format, draft: true });
  const cold = performance.now() - t;
  const times: number[] = [];
  const own = process.cpuUsage();
  const children = childCpuMs();
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    await renderReport(dy, { format, draft: true });
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(own);
  const cpu = ((used.user + used.system) / 1000 + (childCpuMs() - children)) / runs;
  return { cold, warm: median(times), cpu };
}

export async function runReportBench(): Promise<Record<string, number>> {
  try {
    const html = await timeFormat('html', 9);
    const docx = await timeFormat('docx', 9);
    const pdf = await timeFormat('pdf', 5);
    const round = (v: number): number => Math.round(v);
    return {
      'docx 中位数 ms（目标 ≤300）': round(docx.warm),
      'docx CPU ms/份': round(docx.cpu),
      'docx 首次 ms': round(docx.cold),
      'PDF 热启动中位数 ms（目标 ≤2000）': round(pdf.warm),
      'PDF CPU ms/份（含 Chromium）': round(pdf.cpu),
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
