/**
 * Accounts on start: the first run creates the admin (password from JIXIAO_ADMIN_PASSWORD, otherwise generated
 * and printed once — only the hash is kept); when the demo department is loaded, one officer of it and one
 * reviewer of its region (password JIXIAO_DEMO_PASSWORD, otherwise generated and printed when they are created).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import {
  countUsers,
  createUser,
  findUserForLogin,
  type NewUser,
  setPasswordHash,
} from '../../store/accounts-repository.ts';
import { generatePassword, hashPassword, verifyPassword } from './password.ts';

export const ADMIN_USERNAME = 'admin';

export interface DemoDepartment {
  readonly regionCode: string;
  readonly departmentCode: string;
  readonly departmentName: string;
}

export const demoUsernames = { officer: 'demo-officer', reviewer: 'demo-reviewer' } as const;

/** Create the admin when there is no user at all. Returns the lines to print. */
export async function ensureAdmin(
  db: Kysely<Database>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string[]> {
  if ((await countUsers(db)) > 0) return [];
  const given = env.JIXIAO_ADMIN_PASSWORD;
  const password = given || generatePassword(4);
  await createUser(db, {
    username: ADMIN_USERNAME,
    displayName: '系统管理员',
    role: 'admin',
    regionCode: null,
    departmentCode: null,
    passwordHash: await hashPassword(password),
  });
  return given
    ? [`已创建管理员账户 ${ADMIN_USERNAME}（密码取自 JIXIAO_ADMIN_PASSWORD） / admin account created`]
    : [
        '────────────────────────────────────────────',
        `首次启动：已创建管理员账户 / first run: admin account created`,
        `  用户名 / username: ${ADMIN_USERNAME}`,
        `  密码 / password:   ${password}`,
        '此密码只显示这一次，请妥善保存 / shown only once — keep it safe',
        '────────────────────────────────────────────',
      ];
}

/**
 * The demo officer and reviewer. With JIXIAO_DEMO_PASSWORD set, their password is (re)set to it on every
 * start; otherwise a generated one is printed when they are created.
 */
export async function ensureDemoAccounts(
  db: Kysely<Database>,
  demo: DemoDepartment,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<string[]> {
  const given = env.JIXIAO_DEMO_PASSWORD;
  const generated = generatePassword();
  const password = given || generated;
  const users: NewUser[] = [
    {
      username: demoUsernames.officer,
      displayName: `${demo.departmentName}填报员`,
      role: 'officer',
      regionCode: demo.regionCode,
      departmentCode: demo.departmentCode,
      passwordHash: '',
    },
    {
      username: demoUsernames.reviewer,
      displayName: '县财政局绩效股审核员',
      role: 'reviewer',
      regionCode: demo.regionCode,
      departmentCode: null,
      passwordHash: '',
    },
  ];
  const created: string[] = [];
  for (const user of users) {
    const existing = await findUserForLogin(db, user.username);
    if (!existing) {
      await createUser(db, { ...user, passwordHash: await hashPassword(password) });
      created.push(user.username);
    } else if (given && !(await verifyPassword(existing.passwordHash, given))) {
      await setPasswordHash(db, existing.user.id, await hashPassword(given));
    }
  }
  if (created.length === 0) {
    return given ? [] : ['演示账户 demo-officer / demo-reviewer 已存在（密码见首次启动的输出，或设置 JIXIAO_DEMO_PASSWORD 重设） / demo accounts exist'];
  }
  return [
    `演示账户 / demo accounts: ${created.join('、')}（单位填报：${demoUsernames.officer}；财政审核：${demoUsernames.reviewer}）`,
    given ? '  密码取自 JIXIAO_DEMO_PASSWORD / password from JIXIAO_DEMO_PASSWORD' : `  密码 / password: ${password}`,
  ];
}

/** Everything serve() needs on start: the admin, and the demo accounts when the demo department is there. */
export async function ensureAccounts(db: Kysely<Database>, demo: DemoDepartment | null): Promise<string[]> {
  const lines = await ensureAdmin(db);
  if (demo) lines.push(...(await ensureDemoAccounts(db, demo)));
  return lines;
}
