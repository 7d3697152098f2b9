/**
 * Private to the CLI: a worker thread of `tthc report` (built as dist/report-worker.js). Takes
 * chunks of a CSV file in turn with the other threads (src/cli/_fastReport.ts), each read into an
 * accumulator of its own, and sends each chunk's result (its stderr text, bad rows, snapshot) for
 * the main thread to merge and write in file order; then says it is idle.
 */

import { parentPort, workerData } from "node:worker_threads";
import { type ChunkPlan, chunkTaker, type WorkerMessage } from "./_fastReport.js";

const { plan, slot } = workerData as { plan: ChunkPlan; slot: number };
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const take = chunkTaker(plan, slot);
for (let result = take(); result !== undefined; result = take()) send(result);
send({ idle: true });
