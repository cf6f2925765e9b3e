import { AccountsResolver } from '../accounts/accounts.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { ClinicsResolver } from '../clinics/clinics.resolver';
import { CouplesResolver } from '../couples/couples.resolver';

/**
 * Every resolver, for printing the schema without a database. The schema test compares
 * the running app's schema with the committed file, so a resolver missing here shows up.
 */
export const RESOLVERS = [
  AccountsResolver,
  AuditResolver,
  AuthResolver,
  ClinicsResolver,
  CouplesResolver,
];
