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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(lockPath: string): boolean {
  // Write the pid to a private file, then hard-link it into place: the lock appears atomically with its
  // content, so nobody ever sees an empty lock file of a live process.
  const tmpPath = `${lockPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmpPath, `${process.pid}\n`);
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
 * Take the lock of `dir` (created if missing): writes `<dir>/jixiao.lock` holding this process's pid.
 * A lock left by a dead process is taken over. A lock held by a live process — this one included, since a
 * second PGlite instance on the same folder in one process is just as unsafe — throws DataDirLockedError.
 * The lock is released by `release()` and, as a fallback, when the process exits normally.
 */
export function acquireDataDirLock(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(path.resolve(dir), LOCK_FILE_NAME);
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath)) break;
    const pid = readPid(lockPath);
    if (pid !== undefined && isAlive(pid)) throw new DataDirLockedError(pid, lockPath);
    if (attempt >= 3) {
      // A file that keeps coming back without a live pid: someone else is racing us for the folder.
      throw new DataDirLockedError(pid ?? 0, lockPath);
    }
    // Stale (dead pid, or unreadable): take it over.
    fs.rmSync(lockPath, { force: true });
  }

  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // Only remove the file if it is still ours (it may have been taken over after a forced removal).
    if (readPid(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { lockPath, release };
}
