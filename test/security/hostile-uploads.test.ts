/**
 * Responsiveness under hostile uploads (issue 17): while a sparse-wide .xlsx, a dense .xlsx, a .docx of 1.3
 * million paragraphs and content-bomb PDFs are being read, /api/health of the same server answers within
 * 200 ms and the server process stays under its stated memory bound. Each hostile file is answered with a 4xx
 * in the project's `{ code, message }` shape. Text ledgers too: a 200,000-row CSV and a 200,000-line fixed-width
 * print are read (decoded, split, mapped, parsed) in a parse worker, not on the event loop (7 s and 27 s of
 * frozen server before), and a code table CSV near the 16 MB limit is read and checked in one too. A real `jixiao serve` child (embedded database), real HTTP.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, killAllChildren, newTarget, REGION, type ServerProcess, startServer, type EngineTarget } from '../reliability/support.ts';
import { contentBombPdf, denseXlsx, largeCodeTableCsv, largeCsvLedger, largeFixedWidthLedger, manyParagraphsDocx, sparseWideXlsx } from './hostile-files.ts';

/**
 * Stated memory bounds. The server process (with the embedded database): 1,200 MB. The whole process tree
 * (server + 2 parse workers of ≤ 512 MB heap each + at most one pdftotext per worker, each capped by prlimit
 * at 768 MB of address space): 3,200 MB.
 */
const RSS_BOUND_MB = 1200;
const TREE_BOUND_MB = 3200;
const HEALTH_BUDGET_MS = 200;
const DEPARTMENT = 'yuanling-commerce';
const ID = `${REGION}.${DEPARTMENT}`;
const YEAR = 2024;

/** A plain Node process that fetches /api/health every 50 ms until told to stop, then prints the latencies. */
const PROBER = `
const base = process.argv[1]; const until = Number(process.argv[2]) || Infinity; const out = []; let stop = false;
process.stdin.on('data', () => { stop = true; }); process.stdin.resume();
(async () => {
  const end = Date.now() + until;
  while (!stop && Date.now() < end) {
    const t = performance.now();
    try { const r = await fetch(base + '/api/health'); await r.text(); out.push(r.ok ? performance.now() - t : 1e9); } catch { out.push(1e9); }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.stdout.write(JSON.stringify(out)); process.exit(0);
})();`;

function probeUntil(base: string, ms = 0): { stop(): Promise<number[]> } {
  const child = spawn(process.execPath, ['-e', PROBER, base, String(ms)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const done = new Promise<number[]>((resolve) => child.on('close', () => resolve(JSON.parse(out || '[]') as number[])));
  return {
    stop: () => {
      child.stdin.write('stop');
      return done;
    },
  };
}

async function probeFor(base: string, ms: number): Promise<number[]> {
  const child = spawn(process.execPath, ['-e', PROBER, base, String(ms)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (b: Buffer) => {
    out += b.toString();
  });
  const values = await new Promise<number[]>((resolve) => child.on('close', () => resolve(JSON.parse(out || '[]') as number[])));
  return values.sort((a, b) => a - b);
}

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat. */
const cpuSeconds = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** RSS of a process and all its descendants, in MB. */
const treeRssMb = (root: number): number => {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parent.get(p), hops++) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += rssMb(pid);
    } catch {
      // gone meanwhile
    }
  }
  return total;
};

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
};

/** The slowest probe and the 95th-percentile one. */
function spread(health: readonly number[]): { max: number; p95: number } {
  const sorted = [...health].sort((a, b) => a - b);
  const max = sorted.at(-1) ?? Number.POSITIVE_INFINITY;
  return { max, p95: sorted[Math.floor(sorted.length * 0.95)] ?? max };
}

/**
 * After a round of uploads: the server's CPU since `cpuBefore`, the probes stopped and their spread, logged with each
 * upload's answer and time.
 */
async function endRound(
  what: string,
  pid: number,
  cpuBefore: number,
  probing: { stop(): Promise<number[]> },
  results: readonly { name: string; status: number; ms: number; mb: number }[],
): Promise<{ serverCpu: number; health: number[]; max: number; p95: number }> {
  const serverCpu = cpuSeconds(pid) - cpuBefore;
  const health = await probing.stop();
  const { max, p95 } = spread(health);
  console.log(
    `health during ${what}: ${health.length} probes, p95 ${Math.round(p95)} ms, max ${Math.round(max)} ms; server CPU ${serverCpu.toFixed(1)} s; ` +
      results.map((r) => `${r.name} (${r.mb} MB): ${r.status} in ${r.ms} ms`).join('; '),
  );
  return { serverCpu, health, max, p95 };
}

describe('hostile uploads are read off the event loop', () => {
  let target: EngineTarget;
  let server: ServerProcess;
  let officer: Client;

  beforeAll(async () => {
    target = await newTarget('pglite');
    server = await startServer(target);
    const admin = await Client.signIn(server.base);
    const created = await admin.request('POST', '/api/users', {
      username: 'hostile-officer',
      displayName: '上传测试',
      role: 'officer',
      regionCode: REGION,
      departmentCode: DEPARTMENT,
      password: 'upload-checker-pass-7',
    });
    if (created.status !== 201) throw new Error(`creating the officer: ${created.status} ${JSON.stringify(created.json)}`);
    officer = await Client.signIn(server.base, 'hostile-officer', 'upload-checker-pass-7');
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    killAllChildren();
    await target?.dispose();
  });

  it(`answers /api/health within ${HEALTH_BUDGET_MS} ms and stays under ${RSS_BOUND_MB} MB while hostile files are read`, async () => {
    const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const [sparse, denseOver, denseUnder, paragraphs] = await Promise.all([
      sparseWideXlsx(20_000),
      denseXlsx(110_000, 10),
      denseXlsx(30_000, 10),
      manyParagraphsDocx(1_300_000),
    ]);
    const pdf = contentBombPdf(2_000_000);
    expect(sparse.length + paragraphs.length, 'the sparse sheet and the .docx are small on the wire').toBeLessThan(300_000);
    const pid = server.child.pid ?? 0;
    // The budget-table import is a versioned write: it names the version read (else 428 before any parsing).
    const year = (await officer.request('GET', `/api/departments/${ID}/years/${YEAR}`)).json as { version: number };
    const upload = async (name: string, url: string, body: Buffer, type: string) => {
      const started = performance.now();
      const r = await officer.raw('POST', url, body, type, url.endsWith('/budget-tables') ? { 'if-match': `"${year.version}"` } : {});
      return { name, ...r, ms: Math.round(performance.now() - started) };
    };

    // The probes run in their own small process, so the test's own work (sending 30 MB, its garbage
    // collection) never counts as the server's latency.
    const baseline = await probeFor(server.base, 3_000);
    let peakRss = 0;
    let peakTree = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, rssMb(pid));
      peakTree = Math.max(peakTree, treeRssMb(pid));
    }, 100);
    const cpuBefore = cpuSeconds(pid);
    const probing = probeUntil(server.base);
    const results = await Promise.all([
      upload('sparse-wide .xlsx (assets)', `/api/departments/${ID}/assets/import`, sparse, XLSX),
      upload('dense .xlsx over the cell limit (ledger)', `/api/departments/${ID}/years/${YEAR}/ledger?source=d.xlsx`, denseOver, XLSX),
      upload('dense .xlsx under the cell limit (ledger)', `/api/departments/${ID}/years/${YEAR}/ledger?source=u.xlsx`, denseUnder, XLSX),
      upload('1.3M-paragraph .docx (audit)', '/api/audit?filename=r.docx', paragraphs, 'application/octet-stream'),
      upload('content-bomb PDF 1 (audit)', '/api/audit?filename=r1.pdf', pdf, 'application/octet-stream'),
      upload('content-bomb PDF 2 (audit)', '/api/audit?filename=r2.pdf', pdf, 'application/octet-stream'),
      upload('sparse-wide .xlsx (budget tables)', `/api/departments/${ID}/years/${YEAR}/budget-tables`, sparse, XLSX),
    ]);
    clearInterval(sampler);
    const serverCpu = cpuSeconds(pid) - cpuBefore;
    const health = await probing.stop();
    const { max, p95 } = spread(health);
    console.log(
      `health idle: max ${Math.round(baseline.at(-1) ?? 0)} ms; during hostile uploads: ${health.length} probes, p95 ${Math.round(p95)} ms, max ${Math.round(max)} ms; server peak RSS ${Math.round(peakRss)} MB (with workers and pdftotext ${Math.round(peakTree)} MB), CPU ${serverCpu.toFixed(1)} s; ` +
        results.map((r) => `${r.name}: ${r.status} in ${r.ms} ms`).join('; '),
    );
    for (const r of results) {
      expect(r.status, `${r.name}: answered without a server error (${r.text.slice(0, 200)})`).toBeLessThan(500);
      expect(() => JSON.parse(r.text) as unknown, `${r.name}: a JSON answer`).not.toThrow();
      if (!r.name.includes('under the cell limit')) {
        expect(r.status, `${r.name}: refused (${r.text.slice(0, 200)})`).toBeGreaterThanOrEqual(400);
        expect(Object.keys(JSON.parse(r.text) as object), `${r.name}: the error shape`).toEqual(expect.arrayContaining(['code', 'message']));
      }
    }
    for (const name of ['sparse-wide .xlsx (assets)', 'dense .xlsx over the cell limit (ledger)', '1.3M-paragraph .docx (audit)', 'sparse-wide .xlsx (budget tables)']) {
      expect(results.find((r) => r.name === name)?.status, `${name} is refused as too large`).toBe(413);
    }
    expect(health.length, 'health was probed throughout').toBeGreaterThan(5);
    // The parse work ran elsewhere: the server process itself spent little CPU (reading these on the event
    // loop cost 35 s to minutes before issue 17).
    expect(serverCpu, `the server process used ${serverCpu.toFixed(1)} s of CPU while the files were read`).toBeLessThan(8);
    // 95% of probes within the budget. The slowest probe is reported, not asserted: on this shared 2-core
    // machine (load 10–20) even the idle server's slowest probe took 80–230 ms — scheduling, not the server.
    expect(p95, `95% of health probes within ${HEALTH_BUDGET_MS} ms (slowest ${Math.round(max)} ms, idle slowest ${Math.round(baseline.at(-1) ?? 0)} ms)`).toBeLessThan(HEALTH_BUDGET_MS);
    expect(peakRss, `the server's peak RSS stays under the stated ${RSS_BOUND_MB} MB`).toBeLessThan(RSS_BOUND_MB);
    expect(peakTree, `the server with its workers stays under the stated ${TREE_BOUND_MB} MB`).toBeLessThan(TREE_BOUND_MB);
  }, 300_000);

  it('answers /api/health promptly while a 200,000-row CSV ledger and a 200,000-line fixed-width print are read', async () => {
    // Each ends with a bad date, so each is read to its end and refused with every bad row, nothing written: the
    // cost measured is the reading alone.
    const [csv, print] = [largeCsvLedger(200_000), largeFixedWidthLedger(200_000)];
    const pid = server.child.pid ?? 0;
    const upload = async (name: string, url: string, body: Buffer, type: string) => {
      const started = performance.now();
      const r = await officer.raw('POST', url, body, type, {});
      return { name, ...r, ms: Math.round(performance.now() - started), mb: Math.round(body.length / 1e6) };
    };
    const cpuBefore = cpuSeconds(pid);
    const probing = probeUntil(server.base);
    const results = await Promise.all([
      upload('200,000-row CSV ledger', `/api/departments/${ID}/years/${YEAR}/ledger?source=big.csv`, csv, 'text/csv'),
      upload('200,000-line fixed-width print', `/api/departments/${ID}/years/${YEAR}/ledger?source=big.txt`, print, 'application/octet-stream'),
    ]);
    const { serverCpu, health, max, p95 } = await endRound('text ledger uploads', pid, cpuBefore, probing, results);
    for (const r of results) {
      expect(r.status, `${r.name}: refused for its bad row, as before (${r.text.slice(0, 200)})`).toBe(422);
      const body = JSON.parse(r.text) as { code: string; details: { value?: string }[] };
      expect(body.code, `${r.name}: the bad-rows answer`).toBe('bad-rows');
      expect(body.details.map((d) => d.value), `${r.name}: the one bad row, found at the end of the file`).toEqual(['2024-13-45']);
    }
    expect(health.length, 'health was probed throughout').toBeGreaterThan(5);
    // The probes are sequential: a server frozen for 7 s gives one 7 s probe, which a percentile would hide, so the
    // slowest probe is bounded here (with room for this shared machine's scheduling, 80–230 ms when idle).
    // Bound: the old route froze 3.2 s here (two 200,000-row files read on the event loop); the pool's reading 0.3–0.4 s.
    expect(max, `no health probe waited ${Math.round(max)} ms: the files were not read on the event loop`).toBeLessThan(2_000);
    expect(p95, `95% of health probes within ${HEALTH_BUDGET_MS} ms`).toBeLessThan(HEALTH_BUDGET_MS);
    expect(serverCpu, `the server process used ${serverCpu.toFixed(1)} s of CPU while the ledgers were read`).toBeLessThan(5);
  }, 300_000);
  it('answers /api/health promptly while a code table CSV near the 16 MB limit is read and checked', async () => {
    // One valid table (previewed: read whole, nothing written) and one whose last line is bad (refused naming
    // that line): both are decoded, split and checked line by line.
    const [good, bad] = [largeCodeTableCsv(440_000), largeCodeTableCsv(440_000, true)];
    expect(bad.length, 'under the route limit of 16 MB').toBeLessThan(16 * 1024 * 1024);
    const admin = await Client.signIn(server.base);
    const pid = server.child.pid ?? 0;
    const upload = async (name: string, url: string, body: Buffer) => {
      const started = performance.now();
      const r = await admin.raw('POST', url, body, 'text/csv', {});
      return { name, ...r, ms: Math.round(performance.now() - started), mb: Math.round(body.length / 1e6) };
    };
    const cpuBefore = cpuSeconds(pid);
    const probing = probeUntil(server.base);
    const results = await Promise.all([
      upload('440,000-code table (preview)', '/api/code-tables/function/2031?preview=1', good),
      upload('440,000-code table, bad last line', '/api/code-tables/function/2031', bad),
    ]);
    const { health, max, p95 } = await endRound('code table uploads', pid, cpuBefore, probing, results);
    const [preview, refused] = results as [(typeof results)[number], (typeof results)[number]];
    expect(preview.status, preview.text.slice(0, 200)).toBe(200);
    expect(JSON.parse(preview.text)).toMatchObject({ preview: true, count: 440_000, sample: expect.arrayContaining([{ code: '100000001', name: '测试科目第1项', level: 3 }]) });
    expect(refused.status, refused.text.slice(0, 200)).toBe(400);
    expect((JSON.parse(refused.text) as { message: string }).message, 'the line at fault, in both languages').toMatch(/第440002行.*line 440002/);
    expect(health.length, 'health was probed throughout').toBeGreaterThan(5);
    // Bound: the old route froze 14 s here (two 15.7 MB tables parsed on the event loop); the pool's reading 0.6–1.0 s
    // under load 13–16, mostly copying the upload to the worker — room for a loaded CI machine, far from the old freeze.
    expect(max, `no health probe waited ${Math.round(max)} ms: the files were not read on the event loop`).toBeLessThan(3_000);
    expect(p95, `95% of health probes within ${HEALTH_BUDGET_MS} ms`).toBeLessThan(HEALTH_BUDGET_MS);
  }, 300_000);
});
