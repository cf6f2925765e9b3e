import { PasswordInput } from '@mantine/core';
import { passwordProblems } from './password-rules';

interface NewPasswordFieldsProps {
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  /** Show the rules' problems (once the person has tried to submit). */
  showProblems: boolean;
  passwordLabel: string;
  repeatLabel: string;
  description?: string;
}

/** Whether a new password and its repetition keep the server's rules. */
export function newPasswordIsValid(password: string, repeat: string): boolean {
  const problems = passwordProblems(password, repeat);
  return !problems.password && !problems.repeat;
}

/** A new password and its repetition, with the server's rules checked while typing. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  showProblems,
  passwordLabel,
  repeatLabel,
  description = 'At least 12 characters. A short sentence is easy to remember.',
}: NewPasswordFieldsProps) {
  const problems = passwordProblems(password, repeat);
  return (
    <>
      <PasswordInput
        label={passwordLabel}
        description={description}
        autoComplete="new-password"
        value={password}
        onChange={(event) => onPasswordChange(event.currentTarget.value)}
        error={showProblems && problems.password}
        required
      />
      <PasswordInput
        label={repeatLabel}
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => onRepeatChange(event.currentTarget.value)}
        error={showProblems && problems.repeat}
        required
      />
    </>
  );
}
