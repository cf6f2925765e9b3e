export * from './clinical-model';
export * from './exercises';
export * from './limits';
export * from './roles';
export * from './assessment';
