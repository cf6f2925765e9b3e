import { Foundation1764030000000 } from './1764030000000-foundation';

/** In order. A new migration is generated with `npm run migration:generate -w server`. */
export const MIGRATIONS = [Foundation1764030000000];
