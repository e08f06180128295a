// Worker thread: runs the per-page steps on a batch of files, so a large
// ingest uses every core. Reads are synchronous: each file is small and the
// thread has nothing else to do.
import { readFileSync } from 'node:fs'
import { parentPort } from 'node:worker_threads'
import { type PageOutcome, processFile } from './process-file'

export interface PageBatch {
  batch: number
  inputDir: string
  files: { path: string; sidecar: boolean }[]
}

export interface PageBatchResult {
  batch: number
  outcomes: PageOutcome[]
}

parentPort?.on('message', (job: PageBatch) => {
  const outcomes = job.files.map((f) => processFile(job.inputDir, f.path, f.sidecar, readFileSync))
  // The serialised article contents move to the main thread without a copy.
  const transfer = outcomes.flatMap((o) => (o.page ? [o.page.content.buffer as ArrayBuffer] : []))
  parentPort?.postMessage({ batch: job.batch, outcomes } satisfies PageBatchResult, transfer)
})
