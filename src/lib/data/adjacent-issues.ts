import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { IssueEntry, LibraryIndex } from '@/schema/bundle'
import { dayOfYear, hasDay, issueYear } from '@/schema/layout'
import { archiveOf, libraryIndexQueryOptions } from './library-index-query'
import { paperYearQueryOptions } from './paper-year-query'

/**
 * The same paper's issues either side of `issue`: `older` was printed before it, `newer` after. Within its year they come
 * from the year's file (already loaded for the page); at either end of the year, from the neighbouring year's file.
 */
export function useAdjacentIssues(issue: IssueEntry): { older?: IssueEntry; newer?: IssueEntry } {
  const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
  const years = archiveOf(index, issue.paperId)?.years ?? []
  const at = years.findIndex((y) => y.year === issueYear(issue))
  const list = useQuery({ ...paperYearQueryOptions(years[at]?.file ?? ''), enabled: at >= 0 }).data
  const i = list?.issues.findIndex((x) => x.id === issue.id) ?? -1
  const newerInYear = i > 0 ? list?.issues[i - 1] : undefined
  const olderInYear = i >= 0 ? list?.issues[i + 1] : undefined
  const newerYear = i >= 0 && !newerInYear ? years[at - 1] : undefined
  const olderYear = i >= 0 && !olderInYear ? years[at + 1] : undefined
  const newerList = useQuery({ ...paperYearQueryOptions(newerYear?.file ?? ''), enabled: !!newerYear }).data
  const olderList = useQuery({ ...paperYearQueryOptions(olderYear?.file ?? ''), enabled: !!olderYear }).data
  return { newer: newerInYear ?? newerList?.issues.at(-1), older: olderInYear ?? olderList?.issues[0] }
}

/** 往年今日: the other years in which the paper printed an issue on the same month and day (newest first). */
export function sameDayOtherYears(index: LibraryIndex, paperId: string, date: string): string[] {
  const monthDay = date.slice(4)
  const dates: string[] = []
  for (const entry of archiveOf(index, paperId)?.years ?? []) {
    if (entry.year === null || String(entry.year) === date.slice(0, 4)) continue
    const other = `${String(entry.year).padStart(4, '0')}${monthDay}`
    const day = dayOfYear(other)
    if (day !== undefined && hasDay(entry.days, day)) dates.push(other)
  }
  return dates
}
