/** Passwords: argon2id hashes (OWASP parameters: 19 MiB, 2 passes), and generated passwords for first runs. */
import { randomInt } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 8;

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

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少${MIN_PASSWORD_LENGTH}位 / at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 200) return '密码过长 / password too long';
  return null;
}
