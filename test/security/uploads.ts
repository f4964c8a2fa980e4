/**
 * Hostile uploads to POST /api/audit and hostile bodies anywhere: file names that climb out of a folder, a
 * .docx zip bomb (honest and lying sizes), XML entity expansion in .docx and .xlsx, and a 1 GB body streamed
 * to a listening server, which must cut it off early (measured: bytes the server let in, memory it grew by).
 * Each is refused cleanly (a 4xx with `{ code, message }`) and leaves nothing behind.
 */
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { readXlsx } from '../../src/reference/spreadsheet.ts';
import { InputError } from '../../src/core/input-error.ts';
import { billionLaughsDocx, billionLaughsXlsx, docxBomb, plainXlsx } from './archives.ts';
import { ID_A, type SecurityFixture, YEAR } from './support.ts';

const auditTemps = () => readdirSync(tmpdir()).filter((n) => n.startsWith('jixiao-audit-')).sort();

export interface StreamResult {
  readonly status?: number;
  /** Bytes the client managed to hand to the socket before the server answered or closed. */
  readonly sent: number;
  readonly body: string;
  readonly ms: number;
  /** The client's socket error, when the server closed before answering. */
  readonly error?: string;
}

/**
 * Stream up to `total` bytes as a chunked body (no Content-Length), stop as soon as the server answers or
 * closes. Bounded: gives up after `timeoutMs`.
 */
export function streamBody(
  port: number,
  options: { method: string; path: string; headers: Record<string, string>; total: number; timeoutMs: number },
): Promise<StreamResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    let sent = 0;
    let done = false;
    let status: number | undefined;
    let error: string | undefined;
    const chunks: Buffer[] = [];
    const chunk = Buffer.alloc(1 << 20, 0x61);
    const req = http.request({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: options.headers });
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve({ ...(status !== undefined ? { status } : {}), ...(error !== undefined ? { error } : {}), sent, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started });
    };
    const timer = setTimeout(finish, options.timeoutMs);
    req.on('response', (res) => {
      status = res.statusCode;
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', finish);
      res.on('error', finish);
    });
    req.on('error', (e) => {
      error = e.message;
      finish();
    });
    req.on('close', () => setTimeout(finish, 200));
    const pump = () => {
      while (!done && status === undefined && sent < options.total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!done && status === undefined && sent >= options.total) req.end();
    };
    pump();
  });
}

export function uploadsSuite(fixture: () => SecurityFixture): void {
  const audit = (name: string | undefined, body: Buffer | string, header?: string) =>
    fixture().officerA.inject({
      method: 'POST',
      url: `/api/audit${name === undefined ? '' : `?filename=${encodeURIComponent(name)}`}`,
      headers: { 'content-type': 'application/octet-stream', ...(header !== undefined ? { 'x-filename': header } : {}) },
      payload: body,
    });

  it('never uses an uploaded file name as a path: traversal names are audited as their base name or refused, nothing is written outside the temp folder', async () => {
    const marker = `jixiao-traversal-${process.pid}-${Date.now()}`;
    const targets = [
      `../../../../../../tmp/${marker}-1.txt`,
      `/tmp/${marker}-2.txt`,
      `..\\..\\..\\tmp\\${marker}-3.txt`,
      `....//....//tmp/${marker}-4.txt`,
      `%2e%2e%2f%2e%2e%2ftmp%2f${marker}-5.txt`,
      `${marker}-6.txt\u0000.sh`,
      '../../etc/passwd.txt',
      '/etc/passwd',
      '.txt',
      `${'../'.repeat(80)}x.txt`,
    ];
    const before = auditTemps();
    const text = '2024年度部门整体支出绩效自评报告\n一、基本情况\n全年预算数100万元。';
    for (const name of targets) {
      for (const viaHeader of [false, true]) {
        const r = viaHeader ? await audit(undefined, text, encodeURIComponent(name)) : await audit(name, text);
        expect([200, 400], `${viaHeader ? 'x-filename' : '?filename='} ${JSON.stringify(name)} is audited or refused: ${r.statusCode} ${r.body.slice(0, 200)}`).toContain(r.statusCode);
        if (r.statusCode === 200) {
          const file = (r.json() as { file?: string }).file ?? '';
          expect(file.includes('/'), `the report names the file by its base name only, not ${file}`).toBe(false);
        } else {
          expect((r.json() as { code: string }).code, 'a clean refusal').toBe('invalid-input');
        }
      }
    }
    for (let i = 1; i <= 6; i++) {
      expect(existsSync(`/tmp/${marker}-${i}.txt`), `no file was written at the traversal target ${i}`).toBe(false);
    }
    expect(readdirSync('/tmp').filter((n) => n.startsWith(marker)), 'nothing with the marker anywhere in /tmp').toEqual([]);
    expect(auditTemps(), 'every temp folder of the uploads was removed').toEqual(before);
  });

  it('refuses a .docx zip bomb (120 MB of XML in a 0.4 MB file), whether its headers tell the truth or lie', async () => {
    const before = auditTemps();
    for (const declared of [undefined, 1000]) {
      const bomb = await docxBomb(120_000_000, declared);
      expect(bomb.length, 'the bomb is small on the wire').toBeLessThan(1_000_000);
      const started = performance.now();
      const r = await audit('报告.docx', bomb);
      expect(r.statusCode, `bomb with ${declared ? 'lying' : 'honest'} sizes refused: ${r.body}`).toBe(400);
      expect(r.json()).toMatchObject({ code: 'unreadable-document' });
      expect((r.json() as { message: string }).message).toMatch(/压缩炸弹|zip bomb/);
      expect(performance.now() - started, 'refused within 15 s').toBeLessThan(15_000);
    }
    expect(auditTemps(), 'nothing left behind').toEqual(before);
  });

  it('does not expand XML entities in a .docx (billion laughs): answered fast with the entity left as text', async () => {
    const started = performance.now();
    const r = await audit('报告.docx', await billionLaughsDocx(9));
    expect([200, 400], `answered or refused: ${r.body.slice(0, 200)}`).toContain(r.statusCode);
    expect(performance.now() - started, 'in well under 5 s (expansion would be 3 GB)').toBeLessThan(5_000);
    expect(r.body.length, 'the answer is small: nothing was expanded').toBeLessThan(200_000);
    expect(r.body.includes('lollollol'), 'no expanded entity text in the answer').toBe(false);
  });

  it('does not expand XML entities in an .xlsx (billion laughs): the spreadsheet reader refuses it with an InputError, fast', async () => {
    const control = await readXlsx(await plainXlsx([['科目编码', '金额'], ['2011301', '100']]), 'control.xlsx');
    expect(control.rows, 'the same minimal workbook without entities reads fine').toEqual([['科目编码', '金额'], ['2011301', '100']]);
    for (const levels of [3, 9]) {
      const started = performance.now();
      const outcome = await readXlsx(await billionLaughsXlsx(levels), 'bl.xlsx').then(
        (r) => ({ rows: r.rows }),
        (err: unknown) => ({ err }),
      );
      expect(performance.now() - started, `${levels} levels: within 5 s`).toBeLessThan(5_000);
      if ('err' in outcome) expect(outcome.err, 'refused with the documented error type').toBeInstanceOf(InputError);
      else expect(JSON.stringify(outcome.rows).length, 'or read without expanding').toBeLessThan(10_000);
    }
  });

  it('cuts off a 1 GB streamed body early on the upload route, the JSON routes and without a session — never buffering it', async () => {
    const fx = fixture();
    await fx.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (fx.app.server.address() as AddressInfo).port;
    const versionBefore = (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number };
    const before = auditTemps();
    const GB = 1 << 30;
    const signed = { cookie: fx.officerA.cookie, 'x-csrf-token': fx.officerA.csrfToken };
    const cases = [
      { name: 'upload, chunked', method: 'POST', path: '/api/audit?filename=big.txt', headers: { ...signed, 'content-type': 'application/octet-stream' }, limit: 20 << 20, status: 413 },
      { name: 'JSON save, chunked', method: 'PUT', path: `/api/departments/${ID_A}/years/${YEAR}`, headers: { ...signed, 'content-type': 'application/json' }, limit: 2 << 20, status: 413 },
      { name: 'no session', method: 'PUT', path: `/api/departments/${ID_A}/years/${YEAR}`, headers: { 'content-type': 'application/json' }, limit: 0, status: 401 },
      { name: 'sign-in form', method: 'POST', path: '/api/auth/login', headers: { 'content-type': 'application/json' }, limit: 2 << 20, status: 413 },
    ];
    let peakGrowth = 0;
    const baseline = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peakGrowth = Math.max(peakGrowth, process.memoryUsage().rss - baseline);
    }, 10);
    try {
      for (const c of cases) {
        const r = await streamBody(port, { method: c.method, path: c.path, headers: c.headers, total: GB, timeoutMs: 60_000 });
        // The server answers its status, or — having answered while the client was still writing — closes the
        // connection, which the writing client sees as EPIPE/ECONNRESET before it reads the answer.
        const cutOff = r.status === c.status || (r.status === undefined && /EPIPE|ECONNRESET/.test(r.error ?? ''));
        expect(cutOff, `${c.name}: answered ${c.status} or closed (got ${r.status}: ${r.body.slice(0, 200)}; sent ${r.sent}; socket ${r.error ?? 'ok'}; ${Math.round(r.ms)} ms)`).toBe(true);
        expect(r.sent, `${c.name}: the server answered after ${Math.round(r.sent / 1048576)} MB of 1024 MB — it must stop near its limit of ${Math.round(c.limit / 1048576)} MB`).toBeLessThan(c.limit + (64 << 20));
        if (r.status !== undefined) expect(() => JSON.parse(r.body) as unknown, `${c.name}: the answer is the JSON error shape`).not.toThrow();
      }
      // Announced size: refused before a byte of the body is read.
      const announced = await new Promise<number | undefined>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/audit?filename=big.txt', headers: { ...signed, 'content-type': 'application/octet-stream', 'content-length': String(GB) } });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode);
          req.destroy();
        });
        req.on('error', () => resolve(undefined));
        req.write(Buffer.alloc(1024));
      });
      expect(announced, 'a Content-Length of 1 GB is refused with 413 up front').toBe(413);
    } finally {
      clearInterval(sampler);
    }
    expect(peakGrowth, `the process grew by ${Math.round(peakGrowth / 1048576)} MB while 4 GB were offered: it never buffered a body`).toBeLessThan(300 << 20);
    const versionAfter = (await fx.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` })).json() as { version: number };
    expect(versionAfter.version, 'nothing was saved').toBe(versionBefore.version);
    expect(auditTemps(), 'no upload temp folder left').toEqual(before);
  }, 180_000);

  it('the stream measurement can fail: against a server that swallows the whole body it reports everything sent', async () => {
    // A plain server that reads and discards every byte, never answering before the end: the measurement
    // must then report the whole 64 MB offered (the check above would fail for such a route).
    const server = http.createServer((req, res) => {
      req.on('data', () => {});
      req.on('end', () => res.end('{}'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const r = await streamBody(port, { method: 'POST', path: '/', headers: {}, total: 64 << 20, timeoutMs: 30_000 });
      expect(r.sent, 'all 64 MB went in').toBe(64 << 20);
      expect(r.status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
}
