/**
 * Private to the CLI: a worker thread of `tthc report` (built as dist/report-worker.js). Reads one
 * byte range of a CSV file (src/cli/_fastReport.ts) into its own accumulator and sends stderr text
 * (bad rows) as it goes, then the accumulator's snapshot, for the main thread to merge in file order.
 */

import { parentPort, workerData } from "node:worker_threads";
import {
  createReportAccumulator,
  REPORT_RECORD_FIELDS,
  type ReportOptions,
  type ReportRecord,
} from "../report/index.js";
import { openRange, type WorkerJob, type WorkerMessage } from "./_fastReport.js";
import { takeRows } from "./_readers.js";

/** Stderr text is sent in pieces of about this many characters. */
const PIECE = 1 << 16;

const job = workerData as WorkerJob;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);
const known: ReadonlySet<string> = new Set(REPORT_RECORD_FIELDS);
const accumulator = createReportAccumulator(job.options as unknown as ReportOptions);
let text = "";
const err = (s: string) => {
  text += s;
  if (text.length >= PIECE) {
    send({ err: text });
    text = "";
  }
};
const { onRow, tally } = takeRows((fields) => accumulator.add(fields as unknown as ReportRecord), err, job.strict);
const reader = openRange(
  job.path,
  job.start,
  {
    known: (name) => known.has(name),
    missing: () => [],
    delimiter: job.start.layout?.delimiter,
    err,
    tty: false,
    stdin: [],
  },
  [accumulator],
  onRow,
);
try {
  const stop = reader.read(job.end, false, (lines) => {
    Atomics.store(job.board, job.slot, lines);
    Atomics.store(job.board, job.slot + 1, Math.floor((reader.at() - job.start.byte) / 1024));
  });
  if (text !== "") send({ err: text });
  send({ stop: { ...stop, failure: undefined }, bad: tally.bad, snapshot: accumulator.snapshot() });
} finally {
  reader.close();
}
