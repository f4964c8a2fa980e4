/**
 * Test helpers: create a user and get a client whose requests carry that user's session cookie and CSRF token.
 * Not used by production code.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse as Response } from 'fastify';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { createUser, type NewUser, type User } from '../../store/accounts-repository.ts';
import type { Database } from '../../store/database.ts';
import type { EngineContext } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { hashPassword } from './password.ts';
import { SESSION_COOKIE } from './tokens.ts';

export const TEST_PASSWORD = 'correct-horse-7';

let cachedHash: Promise<string> | undefined;

export async function createTestUser(
  db: Kysely<Database>,
  user: Omit<NewUser, 'passwordHash' | 'displayName'> & { displayName?: string },
): Promise<User> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  return createUser(db, { displayName: user.username, ...user, passwordHash: await cachedHash });
}

export interface SignedInClient {
  inject(options: InjectOptions): Promise<Response>;
  readonly cookie: string;
  readonly csrfToken: string;
}

/** Sign in through the API and return a client that sends the session cookie and the CSRF header. */
export async function signedIn(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<SignedInClient> {
  const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
  const session = r.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!session) throw new Error('no session cookie');
  const cookie = `${SESSION_COOKIE}=${session.value}`;
  const csrfToken = (r.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    inject: (options) =>
      app.inject({
        ...options,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers as Record<string, string> | undefined) },
      }),
  };
}

/**
 * The demo department's officer (张填报) and the county's reviewer (李审核), created and signed in: the pair most
 * route tests act as.
 */
export async function demoOfficerAndReviewer(app: FastifyInstance, db: Kysely<Database>): Promise<{ officer: SignedInClient; reviewer: SignedInClient }> {
  await createTestUser(db, { username: 'officer', displayName: '张填报', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
  await createTestUser(db, { username: 'reviewer', displayName: '李审核', role: 'reviewer', regionCode: '431222', departmentCode: null });
  return { officer: await signedIn(app, 'officer'), reviewer: await signedIn(app, 'reviewer') };
}

/**
 * For a forEachEngine suite: before its tests, an app on the engine's store, the demo officer signed in and the demo
 * department-year created through the API (201); the app closed after them. Read `officer` inside tests.
 */
export function demoOfficerWithDepartmentYear(ctx: EngineContext): { readonly officer: SignedInClient } {
  const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
  let app: FastifyInstance;
  const out = {} as { officer: SignedInClient };
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer: out.officer } = await demoOfficerAndReviewer(app, ctx.db));
    expect((await out.officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });
  return out;
}
