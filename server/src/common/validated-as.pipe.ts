import { Type, ValidationPipe } from '@nestjs/common';

/**
 * Validation for an argument whose TypeScript type is a union (`Filter | null`): decorator
 * metadata records such a type as Object, and the global pipe would then check nothing.
 */
export function validatedAs<T>(expectedType: Type<T>): ValidationPipe {
  return new ValidationPipe({ transform: true, whitelist: true, expectedType });
}
