/**
 * The sign-in policy as data (login-policy.json beside this file, or the file named by JIXIAO_LOGIN_POLICY):
 * how many wrong passwords lock an account and for how long, the per-address rate limit, session lifetime.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const policySchema = z.object({
  maxFailures: z.number().int().min(1).max(100),
  lockMinutes: z.number().min(0.001).max(60 * 24 * 30),
  attemptsPerIpPerMinute: z.number().int().min(1).max(10_000),
  sessionHours: z.number().min(0.01).max(24 * 30),
});

export type LoginPolicy = z.output<typeof policySchema>;

const DEFAULT_FILE = new URL('./login-policy.json', import.meta.url);

/** Read and check a policy file; a bad file names the field. */
export function loadLoginPolicy(file: string | URL = process.env.JIXIAO_LOGIN_POLICY || DEFAULT_FILE): LoginPolicy {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { $comment: _comment, ...rest } = raw;
  const parsed = policySchema.safeParse(rest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`登录策略文件有误：${String(file)} ${issue?.path.join('.')}：${issue?.message} / invalid login policy`);
  }
  return parsed.data;
}
