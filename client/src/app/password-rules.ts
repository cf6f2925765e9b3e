import { LIMITS } from '@tandem/shared';

/** The password rules the server enforces, checked while typing. */
export function passwordProblems(
  password: string,
  repeat: string,
): { password?: string; repeat?: string } {
  return {
    password:
      password.length < LIMITS.passwordMinLength
        ? `Use at least ${LIMITS.passwordMinLength} characters`
        : password.length > LIMITS.passwordMaxLength
          ? `Use at most ${LIMITS.passwordMaxLength} characters`
          : undefined,
    repeat: repeat !== password ? 'The two passwords are not the same' : undefined,
  };
}
