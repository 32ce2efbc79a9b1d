import { Algorithm, hash, verify } from '@node-rs/argon2';
import { LIMITS } from '@yuqing/common';
import { badRequest } from '../../core/errors.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against a fixed hash when the user does not exist keeps the timing of both answers alike. */
let dummy: Promise<string> | null = null;
export async function burnVerify(password: string): Promise<void> {
  dummy ??= hashPassword('dummy-password-0');
  await verifyPassword(await dummy, password);
}

export function assertStrongPassword(password: string, field = 'newPassword'): void {
  if (password.length < LIMITS.passwordMin || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
    throw badRequest('weak_password', { min: LIMITS.passwordMin }, field);
  }
}
