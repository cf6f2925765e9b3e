export * from './types';
export * from './instrument';
export * from './scoring';
export * from './change';
export * from './forms';
export * from './progress';
export * from './alpha';
export * from './caseload-flags';
