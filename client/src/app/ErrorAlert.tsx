import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from './errors';

export interface ErrorAlertProps extends Omit<AlertProps, 'color' | 'role' | 'children'> {
  /** A failed request or action; its message is shown unless `children` say something else. */
  error?: unknown;
  /** What to say instead of the error's own message, e.g. a problem found before sending. */
  children?: ReactNode;
}

function isEmpty(content: ReactNode): boolean {
  return content === undefined || content === null || content === false || content === '';
}

/**
 * Something went wrong and the person should know: red, announced at once (role="alert"). Shows
 * nothing while there is neither an error nor a message, so it can stay in place in a form:
 * `<ErrorAlert error={mutation.error}>{problem}</ErrorAlert>`.
 */
export function ErrorAlert({ error, children, ...props }: ErrorAlertProps) {
  if (isEmpty(children) && (error === undefined || error === null)) return null;
  return (
    <Alert color="red" role="alert" {...props}>
      {isEmpty(children) ? errorMessage(error) : children}
    </Alert>
  );
}
