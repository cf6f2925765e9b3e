import { Inject } from '@nestjs/common';

export const ENVIRONMENT = Symbol('ENVIRONMENT');

/** Injects the validated Environment. */
export const InjectEnvironment = () => Inject(ENVIRONMENT);
