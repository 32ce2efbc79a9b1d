/** Limits shared by server validation and web form rules. */
export const LIMITS = {
  nameMax: 100,
  titleMax: 100,
  noteMax: 2000,
  reasonMax: 500,
  dutyMax: 200,
  unitCodeMax: 50,
  usernameMin: 3,
  usernameMax: 32,
  usernamePattern: '^[a-zA-Z0-9_.-]+$',
  passwordMin: 10,
  passwordMax: 128,
  bodyBytes: 1024 * 1024,
  pageSizeMax: 500,
  loginMaxFailures: 5,
  lockoutMinutes: 15,
} as const;
