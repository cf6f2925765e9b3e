import { Foundation1764030000000 } from './1764030000000-foundation';
import { AccessAndAudit1764040000000 } from './1764040000000-access-and-audit';

/** In order. A new migration is generated with `npm run migration:generate -w server`. */
export const MIGRATIONS = [Foundation1764030000000, AccessAndAudit1764040000000];
