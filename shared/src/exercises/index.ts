export * from './exercise-content';
export * from './validate-content';
export * from './validate-answers';
export { BUILT_IN_EXERCISES } from './library';
