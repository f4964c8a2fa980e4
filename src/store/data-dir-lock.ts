/**
 * An exclusive lock on an embedded data folder. PGlite does not lock its folder, and a second process writing
 * to it loses data silently (measured: research/tech.md §3.1), so exactly one process may own a folder.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The lock file's name inside the data folder. */
export const LOCK_FILE_NAME = 'jixiao.lock';

/** Thrown when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    /** The pid written in the lock file. */
    readonly pid: number,
    /** Path of the lock file. */
    readonly lockPath: string,
  ) {
    super(
      `数据目录正被另一个进程（pid ${pid}）使用；如确认该进程已结束，可删除 ${lockPath} / ` +
        `data folder is in use by process ${pid}; if that process has ended, delete ${lockPath}`,
    );
  }
}

/** A held lock. `release` is idempotent. */
export interface DataDirLock {
  readonly lockPath: string;
  release(): void;
}

/** Lock paths this process holds: a second open in the same process is refused like one from another. */
const heldLocks = new Set<string>();

/**
 * Who holds a lock: the pid, and where the OS tells us, the process's start time and the boot id. A pid alone
 * is not enough: after a crash and restart (a container's pid 1, say) the same pid comes back, and the lock
 * would then look held forever.
 */
interface Holder {
  pid: number;
  /** Start time of the process in clock ticks since boot (Linux /proc), or undefined elsewhere. */
  start?: string;
  /** Linux boot id: a start time only means something within one boot. */
  boot?: string;
}

function readProcText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function processStart(pid: number): string | undefined {
  const stat = readProcText(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // Fields after the command name (which may contain spaces and parentheses); starttime is field 22.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function bootId(): string | undefined {
  return readProcText('/proc/sys/kernel/random/boot_id')?.trim();
}

function currentHolder(): Holder {
  return { pid: process.pid, start: processStart(process.pid), boot: bootId() };
}

function formatHolder(holder: Holder): string {
  return `${holder.pid}\n${holder.start ?? ''}\n${holder.boot ?? ''}\n`;
}

function readHolder(lockPath: string): Holder | undefined {
  const text = readProcText(lockPath);
  if (text === undefined) return undefined;
  const [pidText = '', start = '', boot = ''] = text.split('\n').map((line) => line.trim());
  const pid = Number.parseInt(pidText, 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return { pid, ...(start ? { start } : {}), ...(boot ? { boot } : {}) };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote the lock still runs (not merely a process that reuses its pid). */
function holderIsAlive(holder: Holder): boolean {
  if (!isAlive(holder.pid)) return false;
  const boot = bootId();
  if (holder.boot !== undefined && boot !== undefined && holder.boot !== boot) return false;
  const start = processStart(holder.pid);
  if (holder.start !== undefined && start !== undefined && holder.start !== start) return false;
  return true;
}

function sameHolder(a: Holder, b: Holder): boolean {
  return a.pid === b.pid && a.start === b.start && a.boot === b.boot;
}

function tryCreate(lockPath: string, holder: Holder): boolean {
  // Write the holder to a private file, then hard-link it into place: the lock appears atomically with its
  // content, so nobody ever sees an empty lock file of a live process.
  const tmpPath = `${lockPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmpPath, formatHolder(holder));
  try {
    fs.linkSync(tmpPath, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmpPath, { force: true });
  }
}

/**
 * Take the lock of `dir` (created if missing): writes `<dir>/jixiao.lock` holding this process's pid (first
 * line), start time and boot id. A lock left by a process that has ended is taken over. A lock held by a live
 * process — this one included, since a second PGlite instance on the same folder in one process is just as
 * unsafe — throws DataDirLockedError.
 * The lock is released by `release()` and, as a fallback, when the process exits normally.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(path.resolve(dir), LOCK_FILE_NAME);
  if (heldLocks.has(lockPath)) throw new DataDirLockedError(process.pid, lockPath);
  const me = currentHolder();
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, me)) break;
    const holder = readHolder(lockPath);
    // Our own identity in a lock we do not hold can only be a leftover of this very process: take it over.
    if (holder !== undefined && !sameHolder(holder, me) && holderIsAlive(holder)) {
      throw new DataDirLockedError(holder.pid, lockPath);
    }
    if (attempt >= 3) {
      // A file that keeps coming back without a live holder: someone else is racing us for the folder.
      throw new DataDirLockedError(holder?.pid ?? 0, lockPath);
    }
    // Stale (dead holder, or unreadable): take it over.
    fs.rmSync(lockPath, { force: true });
  }
  heldLocks.add(lockPath);

  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    heldLocks.delete(lockPath);
    process.removeListener('exit', release);
    // Only remove the file if it is still ours (it may have been taken over after a forced removal).
    const holder = readHolder(lockPath);
    if (holder !== undefined && sameHolder(holder, me)) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { lockPath, release };
}
