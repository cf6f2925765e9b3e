export * from './limits';
export * from './roles';
