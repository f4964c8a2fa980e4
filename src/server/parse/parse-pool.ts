/**
 * A small pool of parse workers with a queue, so that reading uploaded files never runs on the event loop:
 * at most `workers` parses run at once, each in its own process with a capped heap (--max-old-space-size), a
 * wall time (counted from when the worker has loaded its code) and the lowest CPU priority; at most `queueLength` wait, more are refused at once (503). A worker
 * that runs out of time or memory is killed and replaced by a fresh one, so a hostile file cannot keep memory
 * after its answer.
 *
 * Processes, not worker threads: on Node 20 a worker thread loading TypeScript through tsx stalled the
 * server's event loop for 150–800 ms at each start (measured), and a thread's memory counts in the server's.
 * Memory bound: each worker process ≤ workerHeapMb + ~100 MB; the server itself is unaffected
 * (test/security/hostile-uploads.test.ts measures both).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ChildProcess, fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ParseLimitError } from './parse-limit-error.ts';
import { fromFailure, type JobLimits, type ParseFailure, type ParseJob, type ParseResults } from './parse-jobs.ts';
import type { ParseLimits } from './parse-limits.ts';

export interface ParsePool {
  /** Run one parse in a worker; rejects with the job's own error, or ParseLimitError for time, memory, a full queue. */
  run<K extends ParseJob['kind']>(job: Extract<ParseJob, { kind: K }>): Promise<ParseResults[K]>;
  /** Parses running and waiting (for tests and health). */
  stats(): { readonly running: number; readonly queued: number; readonly workers: number };
  close(): Promise<void>;
}

interface Pending {
  readonly job: ParseJob;
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  readonly worker: ChildProcess;
  current?: { readonly id: number; readonly pending: Pending; timer: NodeJS.Timeout };
  /** Set once the worker has loaded its code (its first message); until then a job's parse time has not begun. */
  ready: boolean;
  /** Set once the worker is being stopped: it takes no more work. */
  stopped: boolean;
}

/**
 * The worker beside this module: parse-worker.ts run through tsx when the server runs from the sources, the compiled
 * parse-worker.js when it runs from dist/ (`npm install` builds it; a .ts path there names no file, and every
 * worker would exit at once — every upload refused as too large).
 */
export function workerEntry(moduleUrl: string): { readonly file: string; readonly throughTsx: boolean } {
  const compiled = moduleUrl.endsWith('.js');
  return { file: fileURLToPath(new URL(compiled ? './parse-worker.js' : './parse-worker.ts', moduleUrl)), throughTsx: !compiled };
}
const workerModule = workerEntry(import.meta.url);
// A worker runs its TypeScript through tsx, loaded as `node --import tsx` does (tsx's package.json "." export).
const tsxLoader = (): string => {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, unknown> };
  const entry = typeof manifest.exports['.'] === 'string' ? manifest.exports['.'] : './dist/loader.mjs';
  return pathToFileURL(path.join(path.dirname(packageJson), entry)).href;
};

/** An idle worker must not keep the server process alive (its IPC channel would). */
function unref(worker: ChildProcess): void {
  worker.unref();
  (worker.channel as { unref?: () => void } | undefined)?.unref?.();
}

function ref(worker: ChildProcess): void {
  worker.ref();
  (worker.channel as { ref?: () => void } | undefined)?.ref?.();
}

export function createParsePool(limits: ParseLimits): ParsePool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;
  let closed = false;
  const jobLimits: JobLimits = { sheetCells: limits.sheetCells, docxParagraphs: limits.docxParagraphs };

  const finish = (slot: Slot, outcome: (p: Pending) => void) => {
    const current = slot.current;
    if (!current) return;
    clearTimeout(current.timer);
    slot.current = undefined;
    outcome(current.pending);
  };

  const retire = (slot: Slot, err: Error) => {
    if (slot.stopped) return;
    slot.stopped = true;
    slots.splice(slots.indexOf(slot), 1);
    finish(slot, (p) => p.reject(err));
    slot.worker.kill('SIGKILL');
    dispatch();
  };

  const spawn = (): Slot => {
    const worker = fork(workerModule.file, [JSON.stringify(jobLimits)], {
      execArgv: [...(workerModule.throughTsx ? ['--import', tsxLoader()] : []), `--max-old-space-size=${limits.workerHeapMb}`, '--max-semi-space-size=16'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    if (worker.pid !== undefined) {
      try {
        setPriority(worker.pid, 19);
      } catch {
        // Not permitted: the worker still runs apart from the event loop, only at normal priority.
      }
    }
    unref(worker);
    const slot: Slot = { worker, ready: false, stopped: false };
    worker.on('message', (message: { id?: number; ready?: boolean; result?: unknown; failure?: ParseFailure }) => {
      if (message.ready === true && !slot.ready) {
        // The time limit is the parse's own: a fresh worker at the lowest priority on a busy machine may take long
        // to load its code, and that wait must not use up the job's time.
        slot.ready = true;
        if (slot.current) {
          clearTimeout(slot.current.timer);
          slot.current.timer = parseTimer(slot);
        }
        return;
      }
      if (message.id === undefined || slot.current?.id !== message.id) return;
      finish(slot, (p) => (message.failure ? p.reject(fromFailure(message.failure)) : p.resolve(message.result)));
      dispatch();
    });
    worker.on('error', (err: Error) => retire(slot, new Error(`parse worker failed: ${err.message}`)));
    // A worker ends on its own only when V8 ran out of its heap (it aborts) or the system killed it.
    worker.on('exit', () =>
      retire(
        slot,
        new ParseLimitError('parse-memory', `文件过大，读取所需内存超过 ${limits.workerHeapMb} MB 上限 / reading the file needs more than ${limits.workerHeapMb} MB`),
      ),
    );
    slots.push(slot);
    return slot;
  };

  const parseTimer = (slot: Slot): NodeJS.Timeout =>
    setTimeout(() => {
      const seconds = Math.round(limits.timeoutMs / 1000);
      retire(slot, new ParseLimitError('parse-timeout', `读取文件超过 ${seconds} 秒，已停止；请拆分或简化后上传 / reading the file took more than ${seconds} s`));
    }, limits.timeoutMs);

  // A worker that never finishes loading its code (the machine out of processes or memory) is given up after
  // the same time again.
  const startupTimer = (slot: Slot): NodeJS.Timeout =>
    setTimeout(() => {
      retire(slot, new ParseLimitError('parse-timeout', '读取文件的进程未能启动，请稍后再试 / the parse worker did not start; try again shortly'));
    }, limits.timeoutMs);

  const start = (slot: Slot, pending: Pending) => {
    const id = nextId++;
    const timer = slot.ready ? parseTimer(slot) : startupTimer(slot);
    slot.current = { id, pending, timer };
    ref(slot.worker);
    slot.worker.send({ id, job: pending.job });
  };

  function dispatch(): void {
    for (const slot of slots) if (!slot.current && !slot.stopped) unref(slot.worker);
    while (queue.length > 0 && !closed) {
      const idle = slots.find((s) => !s.current && !s.stopped) ?? (slots.length < limits.workers ? spawn() : undefined);
      if (!idle) return;
      const next = queue.shift();
      if (next) start(idle, next);
    }
  }

  return {
    run<K extends ParseJob['kind']>(job: Extract<ParseJob, { kind: K }>): Promise<ParseResults[K]> {
      if (closed) return Promise.reject(new ParseLimitError('parse-busy', '服务正在停止 / the server is stopping'));
      if (queue.length >= limits.queueLength) {
        return Promise.reject(new ParseLimitError('parse-busy', '正在处理的上传文件过多，请稍后再试 / too many uploads being read; try again shortly'));
      }
      return new Promise<ParseResults[K]>((resolve, reject) => {
        queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
        dispatch();
      });
    },
    stats: () => ({ running: slots.filter((s) => s.current).length, queued: queue.length, workers: slots.length }),
    async close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new ParseLimitError('parse-busy', '服务正在停止 / the server is stopping'));
      await Promise.all(
        [...slots].map((slot) => {
          slot.stopped = true;
          finish(slot, (p) => p.reject(new ParseLimitError('parse-busy', '服务正在停止 / the server is stopping')));
          const gone = new Promise<void>((resolve) => {
            if (slot.worker.exitCode !== null || slot.worker.signalCode !== null) resolve();
            else slot.worker.once('exit', () => resolve());
          });
          slot.worker.kill('SIGKILL');
          return gone;
        }),
      );
      slots.length = 0;
    },
  };
}
