// One file, read and run through the page steps: shared by the in-thread path
// and the worker threads, so both produce exactly the same outcome.
import { createHash } from 'node:crypto'
import { relative } from 'node:path'
import { ingestPage, type Problem } from './page'
import { type PageRecord, toRecord } from './page-record'

export const SIDECAR = '.meta.json'

export interface PageOutcome {
  file: string
  bytes: number
  /** Content hash, for dropping byte-identical duplicates in file order. */
  digest: string
  page?: PageRecord
  problems: Problem[]
  error?: Problem
}

type ReadFile = (path: string) => Buffer

export function processFile(inputDir: string, path: string, hasSidecar: boolean, read: ReadFile): PageOutcome {
  const file = relative(inputDir, path)
  let data: Buffer
  try {
    data = read(path)
  } catch (e) {
    return { file, bytes: 0, digest: `unreadable:${file}`, problems: [], error: { file, line: 0, message: `无法读取文件 (${(e as Error).message})` } }
  }
  const digest = createHash('sha1').update(data).digest('hex')
  let sidecar: string | undefined
  if (hasSidecar) {
    try {
      sidecar = read(path + SIDECAR).toString('utf8')
    } catch {
      sidecar = undefined
    }
  }
  const { page, problems, error } = ingestPage(file, data, sidecar)
  let record: PageRecord | undefined
  try {
    record = page && toRecord(page)
  } catch (e) {
    // The schema refusing what the page steps made is a bug in them, not bad input: stop, naming the file.
    throw new Error(`${file}: 数据不符合数据包格式 (page steps produced data the bundle schema rejects): ${(e as Error).message}`, { cause: e })
  }
  return { file, bytes: data.length, digest, page: record, problems, error }
}
