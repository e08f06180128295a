import { queryOptions } from '@tanstack/react-query'
import { LibraryIndex, type PaperArchive, type YearEntry } from '@/schema/bundle'
import { fetchBundleFile } from './fetch-bundle'

/** index.json: papers, their years, the latest issues, the places and where the id map lives. Every route starts here. */
export function libraryIndexQueryOptions() {
  return queryOptions({
    queryKey: ['library-index'],
    queryFn: ({ signal }) => fetchBundleFile('index.json', LibraryIndex, signal),
    // The bundle is static for the life of a deployment.
    staleTime: Infinity,
  })
}

export function archiveOf(index: LibraryIndex, paperId: string): PaperArchive | undefined {
  return index.archives.find((a) => a.paperId === paperId)
}

/** A paper's year as the index lists it (null: the issues of unknown year). */
export function yearEntryOf(index: LibraryIndex, paperId: string, year: number | null): YearEntry | undefined {
  return archiveOf(index, paperId)?.years.find((y) => y.year === year)
}

/** Issues in the whole archive of a paper. */
export function issueCount(archive: PaperArchive): number {
  return archive.years.reduce((n, y) => n + y.issues, 0)
}
