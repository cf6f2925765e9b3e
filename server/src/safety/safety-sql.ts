// Kept while the caseload still imports the fragment from here; it lives in safety.queries.ts.
export { openSafetyAlertCount } from './safety.queries';
