// Kept while insights still imports the text from here; the statements live in reliability.queries.ts.
export { NEWEST_FULL_RESPONSE } from './reliability.queries';
