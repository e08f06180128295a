// Placeholder signature (being implemented by the ingest work in parallel).
import type { Catalog, IssueBody, Warning } from '@/schema/bundle'

export interface IngestStats {
  files: number
  pages: number
  issues: number
  articles: number
  bytes: number
}

export interface IngestResult {
  catalog: Catalog
  bodies: Map<string, IssueBody>
  warnings: Warning[]
  errors: Warning[]
  stats: IngestStats
}

export interface IngestOptions {
  onProgress?: (done: number, total: number) => void
}

export async function ingestDirectory(inputDir: string, options: IngestOptions = {}): Promise<IngestResult> {
  void inputDir
  void options
  throw new Error('not implemented yet')
}
