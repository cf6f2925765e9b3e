// Runs before each suite of these projects: points test/database.ts at the project's own
// cluster (the server project's global setup sets TEST_ADMIN_URL to the embedded one in the
// same run). The project's name comes from its config's `globals`.
const project = globalThis.TANDEM_POSTGRES_PROJECT;
const cluster = JSON.parse(process.env.TANDEM_OTHER_POSTGRES ?? '{}')[project];
if (!cluster) throw new Error(`No PostgreSQL was started for the jest project ${project}`);
if (cluster.error) throw new Error(cluster.error);
process.env.TEST_ADMIN_URL = cluster.adminUrl;
