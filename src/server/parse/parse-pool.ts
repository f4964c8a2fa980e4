/**
 * A small pool of parse workers with a queue, so that reading uploaded files never runs on the event loop:
 * at most `workers` parses run at once, each in its own process with a capped heap (--max-old-space-size), a
 * wall time (counted from when the worker has loaded its code) and the lowest CPU priority; at most `queueLength` wait, more are refused at once (503). A worker
 * that runs out of time or memory is killed and replaced by a fresh one, so a hostile file cannot keep memory
 * after its answer. A worker that ends for any other reason (its code failed to load, an uncaught exception, a
 * non-zero exit) is a server fault, not the file's: `ParseWorkerCrash`, a 500 logged with the tail of the
 * worker's stderr.
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
  /** The worker's stderr, bounded: its start (where V8 writes its fatal out-of-memory line) and its tail. */
  readonly stderr: BoundedText;
  /** Set once the worker process has ended: it takes no more work while its stderr is read to the end. */
  exited: boolean;
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

/** Bytes of a worker's stderr kept: its first and its last STDERR_KEEP. */
export const STDERR_KEEP = 4096;

/** The first and the last `keep` bytes of a stream (any amount written, bounded memory). */
class BoundedText {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  constructor(private readonly keep: number) {}
  add(chunk: Buffer): void {
    if (this.head.length < this.keep) this.head = Buffer.concat([this.head, chunk.subarray(0, this.keep - this.head.length)]);
    const joined = Buffer.concat([this.tail, chunk]);
    this.tail = joined.subarray(Math.max(0, joined.length - this.keep));
  }
  /** The start of the stream. */
  first(): string {
    return this.head.toString('utf8');
  }
  /** Its last `keep` bytes (the whole of it when short). */
  last(): string {
    return this.tail.toString('utf8');
  }
}

/**
 * A parse worker ended on its own for a reason other than memory: its code failed to load, an uncaught exception,
 * a non-zero exit. The server's fault, not the file's: a 500 whose log line carries the exit and the worker's
 * stderr tail (the client sees only 服务器内部错误).
 */
export class ParseWorkerCrash extends Error {
  override name = 'ParseWorkerCrash';
  readonly statusCode = 500;
  constructor(
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
    /** The last STDERR_KEEP bytes the worker wrote to stderr. */
    readonly stderr: string,
  ) {
    // The stderr is a field of its own (pino logs an error's fields), not repeated in the message and the stack.
    super(`parse worker exited on its own (${signal ?? `exit code ${exitCode}`})${stderr.trim() ? '' : ', writing nothing to stderr'}`);
  }
}

/** V8's fatal line when a heap reaches --max-old-space-size (Node 18–22: "Reached heap limit Allocation failed - JavaScript heap out of memory"). */
const HEAP_OOM = /JavaScript heap out of memory|Reached heap limit|FATAL ERROR:[^\n]*Allocation failed/;

/**
 * Why a worker ended on its own: its heap limit (V8 aborts, saying so on stderr) or the system's memory killer
 * (SIGKILL, which the pool sends only to workers it has already retired) are the file's size — 413; anything else
 * is a crash — 500.
 */
export function exitCause(signal: NodeJS.Signals | null, stderr: { first(): string; last(): string }): 'memory' | 'crash' {
  if (HEAP_OOM.test(stderr.first()) || HEAP_OOM.test(stderr.last())) return 'memory';
  if (signal === 'SIGKILL') return 'memory';
  return 'crash';
}

/** Where the pool's workers come from: the worker beside this module unless a test names another entry. */
export interface ParsePoolOptions {
  readonly worker?: { readonly file: string; readonly throughTsx: boolean };
}

export function createParsePool(limits: ParseLimits, options: ParsePoolOptions = {}): ParsePool {
  const entry = options.worker ?? workerModule;
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
    const worker = fork(entry.file, [JSON.stringify(jobLimits)], {
      execArgv: [...(entry.throughTsx ? ['--import', tsxLoader()] : []), `--max-old-space-size=${limits.workerHeapMb}`, '--max-semi-space-size=16'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    if (worker.pid !== undefined) {
      try {
        setPriority(worker.pid, 19);
      } catch {
        // Not permitted: the worker still runs apart from the event loop, only at normal priority.
      }
    }
    unref(worker);
    const slot: Slot = { worker, stderr: new BoundedText(STDERR_KEEP), exited: false, ready: false, stopped: false };
    // Always read (a full pipe would block the worker), never keeping the server alive.
    worker.stderr?.on('data', (chunk: Buffer) => slot.stderr.add(chunk));
    (worker.stderr as { unref?: () => void } | null)?.unref?.();
    const stderrClosed = new Promise<void>((resolve) => {
      if (!worker.stderr) resolve();
      else worker.stderr.once('close', () => resolve());
    });
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
    // A worker that ends on its own either ran out of memory (the file's size: 413) or crashed (500, logged with
    // its stderr). Its last stderr may arrive after 'exit': read to the end, or for at most a second.
    worker.on('exit', (code: number | null, signal: NodeJS.Signals | null) => {
      if (slot.stopped) return;
      slot.exited = true;
      let waited: NodeJS.Timeout | undefined;
      void Promise.race([stderrClosed, new Promise<void>((resolve) => (waited = setTimeout(resolve, 1000)))]).then(() => {
        clearTimeout(waited);
        retire(
          slot,
          exitCause(signal, slot.stderr) === 'memory'
            ? new ParseLimitError('parse-memory', `文件过大，读取所需内存超过 ${limits.workerHeapMb} MB 上限 / reading the file needs more than ${limits.workerHeapMb} MB`)
            : new ParseWorkerCrash(code, signal, slot.stderr.last()),
        );
      });
    });
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
    for (const slot of slots) if (!slot.current && !slot.stopped && !slot.exited) unref(slot.worker);
    while (queue.length > 0 && !closed) {
      const idle = slots.find((s) => !s.current && !s.stopped && !s.exited) ?? (slots.length < limits.workers ? spawn() : undefined);
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
