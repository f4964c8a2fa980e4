/**
 * Dependency audit: `npm audit --omit=dev --audit-level=high` finds no high or critical advisory in the
 * production dependencies. When the registry's audit endpoint cannot be reached (offline, a mirror without
 * it) the test is skipped with that reason on the console — never passed silently. The verdict function is
 * tested on its own so the check can be seen to fail.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../src/reference/paths.ts';

type AuditVerdict =
  | { readonly kind: 'pass'; readonly counts: Readonly<Record<string, number>> }
  | { readonly kind: 'fail'; readonly counts: Readonly<Record<string, number>>; readonly packages: readonly string[] }
  | { readonly kind: 'unreachable'; readonly reason: string };

interface AuditJson {
  readonly metadata?: { readonly vulnerabilities?: Readonly<Record<string, number>> };
  readonly vulnerabilities?: Readonly<Record<string, { readonly severity?: string }>>;
  readonly message?: string;
  readonly error?: { readonly summary?: string; readonly detail?: string } | string;
  readonly statusCode?: number;
}

/** Read `npm audit --json` output: pass, fail (with the packages), or the audit service was not reached. */
function auditVerdict(stdout: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(stdout) as AuditJson;
  } catch {
    return { kind: 'unreachable', reason: `npm audit printed no JSON: ${stdout.slice(0, 200)}` };
  }
  const counts = json.metadata?.vulnerabilities;
  if (!counts) {
    const reason = json.message ?? (typeof json.error === 'string' ? json.error : json.error?.summary) ?? `status ${json.statusCode ?? '?'}`;
    return { kind: 'unreachable', reason };
  }
  if ((counts.high ?? 0) + (counts.critical ?? 0) === 0) return { kind: 'pass', counts };
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  return { kind: 'fail', counts, packages };
}

function runAudit(timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    // npm audit exits 1 when it finds advisories; the JSON on stdout is what counts.
    execFile('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], { cwd: repoPath('.'), timeout: timeoutMs, maxBuffer: 64 << 20 }, (err, stdout) => {
      resolve(stdout || (err ? JSON.stringify({ message: err.message }) : ''));
    });
  });
}

describe('npm audit of production dependencies', () => {
  it('finds no high or critical advisory (skipped, with the reason, when the audit service is unreachable)', async (ctx) => {
    const verdict = auditVerdict(await runAudit(90_000));
    if (verdict.kind === 'unreachable') {
      console.warn(`npm audit 无法访问审计服务，跳过 / npm audit skipped: the audit endpoint is unreachable (${verdict.reason})`);
      ctx.skip(`npm audit endpoint unreachable: ${verdict.reason}`);
      return;
    }
    expect(verdict.kind === 'fail' ? verdict.packages : [], `no high or critical advisory (counts ${JSON.stringify(verdict.counts)})`).toEqual([]);
  }, 120_000);

  it('the verdict can fail: a report with a high advisory fails, one without passes, an error is "unreachable" not "pass"', () => {
    const withHigh = JSON.stringify({
      vulnerabilities: { 'bad-zip': { severity: 'high' }, 'meh-lib': { severity: 'moderate' } },
      metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 } },
    });
    expect(auditVerdict(withHigh)).toEqual({ kind: 'fail', counts: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 }, packages: ['bad-zip (high)'] });
    expect(auditVerdict(JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { high: 0, critical: 0, moderate: 3 } } })).kind).toBe('pass');
    expect(auditVerdict(JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }))).toEqual({ kind: 'unreachable', reason: '405 Method Not Allowed' });
    expect(auditVerdict('').kind).toBe('unreachable');
  });
});
