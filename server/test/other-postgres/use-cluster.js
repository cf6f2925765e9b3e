// Runs before each suite of this project: points test/database.ts at Debian's cluster
// (the server project's global setup sets TEST_ADMIN_URL to the embedded one in the same run).
if (process.env.TEST_DEBIAN_PG_ERROR) throw new Error(process.env.TEST_DEBIAN_PG_ERROR);
process.env.TEST_ADMIN_URL = process.env.TEST_DEBIAN_ADMIN_URL;
