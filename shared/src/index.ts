export * from './clinical-model';
export * from './limits';
export * from './roles';
