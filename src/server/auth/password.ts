/** Passwords: argon2id hashes (OWASP parameters: 19 MiB, 2 passes), and generated passwords for first runs. */
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { repoPath } from '../../reference/paths.ts';

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Issue 17: 8 characters let `12345678` and `password` through. */
export const MIN_PASSWORD_LENGTH = 12;

/** The common-password list (data/accounts/common-passwords.txt), lower-cased. */
let commonPasswords: Set<string> | undefined;
function isCommon(password: string): boolean {
  commonPasswords ??= new Set(
    readFileSync(repoPath('data/accounts/common-passwords.txt'), 'utf8')
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
  return commonPasswords.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user does not exist, so timing does not tell. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(generatePassword());
  return dummyHash;
}

/** Letters and digits without look-alikes (0/O, 1/l/I), grouped for reading aloud: `k7fq-3mzp-x9ta`. */
export function generatePassword(groups = 3): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const parts: string[] = [];
  for (let g = 0; g < groups; g++) {
    let part = '';
    for (let i = 0; i < 4; i++) part += alphabet[randomInt(alphabet.length)];
    parts.push(part);
  }
  return parts.join('-');
}

/** Why a new password is refused, or null: too short, too long, a common password, one repeated character, or the user name. */
export function passwordProblem(password: string, username?: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}位 / at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return '密码过长 / password too long';
  if (isCommon(password)) return '这是常见密码，容易被猜中，请换一个 / a common password, easily guessed';
  if (new Set(password).size <= 2) return '密码不能只由一两个字符重复组成 / more than one or two distinct characters, please';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名 / must not contain the user name';
  return null;
}
