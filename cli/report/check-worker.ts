import { parentPort, workerData } from 'node:worker_threads';
import { checkChunk, type ChunkJob } from './check-chunk';

// A worker thread of `laipni report`: checks its share of the files (bundled on its own as
// dist-cli/report-worker.mjs).
parentPort?.postMessage(checkChunk(workerData as ChunkJob));
