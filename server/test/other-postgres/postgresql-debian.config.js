const { otherPostgresProject } = require('./project.js');

/**
 * The integration suites on Debian's own PostgreSQL (the `postgresql` package, the major a
 * clinic's Debian server runs; 15 on Debian 12). The embedded server is zonky's build started
 * by our launcher; this one is the distribution's build (with LLVM JIT, which the embedded
 * one lacks, and the system's ICU and OpenSSL). Its pg_dump is the server's own major, so
 * backup runs here.
 */
module.exports = otherPostgresProject('postgresql-debian');
