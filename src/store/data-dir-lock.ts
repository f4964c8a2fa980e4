/**
 * An exclusive lock on an embedded data folder. PGlite does not lock its folder, and a second process writing
 * to it loses data silently (measured: research/tech.md §3.1), so exactly one process may own a folder.
 *
 * Taking a free folder: the lock file appears by `link()` of a complete private file (fails if one exists).
 * Taking over a stale lock (its holder died) is atomic too: each contender that inspected the same stale lock
 * competes for a claim file named after that lock's content (`jixiao.lock.takeover-<hash>-<n>`, again by
 * `link()`); only the claim's winner — after checking that the lock is still the one it inspected — renames its
 * own lock file over it. A claim whose writer died (between claiming and renaming) is passed by trying claim
 * n+1. Removing a stale lock and creating a new one would race: two processes that both saw it stale would each
 * remove the other's fresh lock and both believe they held the folder.
 */
import { createHash, randomBytes } from 'node:crypto';
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
  /** Random per lock instance: two locks written by one process still differ (older versions wrote none). */
  nonce?: string;
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
  return { pid: process.pid, start: processStart(process.pid), boot: bootId(), nonce: randomBytes(8).toString('hex') };
}

function formatHolder(holder: Holder): string {
  return `${holder.pid}\n${holder.start ?? ''}\n${holder.boot ?? ''}\n${holder.nonce ?? ''}\n`;
}

function parseHolder(text: string): Holder | undefined {
  const [pidText = '', start = '', boot = '', nonce = ''] = text.split('\n').map((line) => line.trim());
  const pid = Number.parseInt(pidText, 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  return { pid, ...(start ? { start } : {}), ...(boot ? { boot } : {}), ...(nonce ? { nonce } : {}) };
}

function readHolder(lockPath: string): Holder | undefined {
  const text = readProcText(lockPath);
  return text === undefined ? undefined : parseHolder(text);
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

/** The same process (pid, start time and boot), whichever lock instance it wrote. */
function sameProcess(a: Holder, b: Holder): boolean {
  return a.pid === b.pid && a.start === b.start && a.boot === b.boot;
}

/** A private file holding `content`, for linking or renaming into place (so no one sees it half-written). */
function privateFile(lockPath: string, content: string): string {
  const tmpPath = `${lockPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmpPath, content, { flag: 'wx' });
  return tmpPath;
}

/** Create `target` holding `content` if no file of that name exists; false when one does. */
function tryCreate(target: string, content: string): boolean {
  const tmpPath = privateFile(target, content);
  try {
    fs.linkSync(tmpPath, target);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    fs.rmSync(tmpPath, { force: true });
  }
}

type Takeover = { readonly outcome: 'taken' } | { readonly outcome: 'changed' } | { readonly outcome: 'claimed'; readonly by: Holder };

/**
 * Replace the stale lock whose content was `staleText` by `content`, if this process wins the claim for it and
 * the lock is still that one. 'changed': the lock is no longer the inspected one (start again); 'claimed':
 * a live process is taking it over.
 */
function takeOver(lockPath: string, staleText: string, content: string, me: Holder): Takeover {
  const id = createHash('sha256').update(staleText).digest('hex').slice(0, 16);
  const claimPrefix = `${path.basename(lockPath)}.takeover-${id}-`;
  for (let n = 1; ; n++) {
    const claim = path.join(path.dirname(lockPath), `${claimPrefix}${n}`);
    if (tryCreate(claim, content)) {
      let taken = false;
      try {
        // Only a claim winner replaces this lock, and a claim passes on only when its writer is dead: between
        // this check and the rename nobody else can change the file.
        if (readProcText(lockPath) === staleText) {
          fs.renameSync(privateFile(lockPath, content), lockPath);
          taken = true;
        }
      } finally {
        // After the rename a late contender that wins a fresh claim finds the lock changed, so claims can go.
        removeClaims(lockPath, claimPrefix, taken ? undefined : claim);
      }
      return taken ? { outcome: 'taken' } : { outcome: 'changed' };
    }
    const claimText = readProcText(claim);
    // Claim removed meanwhile: its winner has finished, so the lock has changed.
    if (claimText === undefined) return { outcome: 'changed' };
    const claimant = parseHolder(claimText);
    if (claimant !== undefined && !sameProcess(claimant, me) && holderIsAlive(claimant)) return { outcome: 'claimed', by: claimant };
    // Its writer died before finishing: compete for the next claim.
  }
}

/** Remove the claims of one stale lock (all of them, or only `only`), ignoring files already gone. */
function removeClaims(lockPath: string, claimPrefix: string, only: string | undefined): void {
  const dir = path.dirname(lockPath);
  const names = only !== undefined ? [path.basename(only)] : fs.readdirSync(dir).filter((n) => n.startsWith(claimPrefix) && /^\d+$/.test(n.slice(claimPrefix.length)));
  for (const name of names) fs.rmSync(path.join(dir, name), { force: true });
}

/** Block this thread for `ms` milliseconds (acquiring the lock is synchronous, called before anything else runs). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
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
  const content = formatHolder(me);
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath, content)) break;
    const text = readProcText(lockPath);
    if (text !== undefined) {
      const holder = parseHolder(text);
      // Our own process in a lock we do not hold can only be a leftover of this very process: take it over.
      if (holder !== undefined && !sameProcess(holder, me) && holderIsAlive(holder)) {
        throw new DataDirLockedError(holder.pid, lockPath);
      }
      // Stale (dead holder, or unreadable): take it over, unless another live process is doing so.
      const takeover = takeOver(lockPath, text, content, me);
      if (takeover.outcome === 'taken') break;
      if (takeover.outcome === 'claimed') {
        // A live process is replacing the stale lock (or has just done so and not yet removed its claim): give it
        // a moment and look again, so the refusal names whoever holds the lock then, not the claimant.
        if (attempt >= 20) throw new DataDirLockedError(readHolder(lockPath)?.pid ?? takeover.by.pid, lockPath);
        pause(2);
        continue;
      }
    }
    if (attempt >= 20) {
      // The lock keeps changing under us without a live holder: someone else is racing us for the folder.
      throw new DataDirLockedError(readHolder(lockPath)?.pid ?? 0, lockPath);
    }
  }
  heldLocks.add(lockPath);

  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    heldLocks.delete(lockPath);
    process.removeListener('exit', release);
    // Only remove the file if it is still ours (it may have been taken over after a forced removal).
    if (readProcText(lockPath) === content) fs.rmSync(lockPath, { force: true });
  };
  process.on('exit', release);
  return { lockPath, release };
}
