import { stopClusters } from './cluster.mjs';

// Shared by the projects of this folder: jest runs a teardown file once per run however many
// projects name it, so it stops every cluster their setups started.
export default stopClusters;
