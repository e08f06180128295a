import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, notFound, redirect } from '@tanstack/react-router'
import { z } from 'zod/mini'
import { NotFound } from '@/components/ui/not-found'
import { PaperArchiveScreen } from '@/features/issues/paper-archive'
import { PaperPlaces } from '@/features/places/paper-places'
import { archiveOf, libraryIndexQueryOptions, yearEntryOf } from '@/lib/data/library-index-query'
import { findPaper } from '@/lib/data/locate'
import { paperYearQueryOptions } from '@/lib/data/paper-year-query'
import { usePlaceTree } from '@/lib/data/place-tree'
import { assertParams } from '@/lib/params'
import { placeCode, placeSearchParam } from '@/lib/places'

export const Route = createFileRoute('/papers/$paperId')({
  // ?place=<division code> narrows the archive to the issues with articles there; an unknown code is ignored.
  // ?year= (or undated) and ?month= choose what the list and the calendar show; ?date=YYYY-MM-DD opens that day's issue.
  validateSearch: z.object({
    place: placeSearchParam,
    year: z.catch(z.optional(z.union([z.int().check(z.gte(1)).check(z.lte(9999)), z.literal('undated')])), undefined),
    month: z.catch(z.optional(z.int().check(z.gte(1)).check(z.lte(12))), undefined),
    date: z.catch(z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))), undefined),
  }),
  loaderDeps: ({ search: { year, date } }) => ({ year, date }),
  loader: async ({ context: { queryClient }, params: { paperId }, deps: { year, date } }) => {
    assertParams({ ids: [paperId] })
    const index = await queryClient.ensureQueryData(libraryIndexQueryOptions())
    const archive = archiveOf(index, paperId)
    if (!findPaper(index, paperId) || !archive) throw notFound()
    const wanted = year === 'undated' ? null : (year ?? (date ? Number(date.slice(0, 4)) : undefined))
    const entry = (wanted !== undefined && yearEntryOf(index, paperId, wanted)) || archive.years[0]
    if (!entry) return
    const list = await queryClient.ensureQueryData(paperYearQueryOptions(entry.file))
    // 往年今日 links here by date: open that day's issue when there is one, else show its month.
    const issue = date && list.issues.find((i) => i.date === date)
    if (issue) throw redirect({ to: '/issues/$issueId', params: { issueId: issue.id }, replace: true })
  },
  component: function PaperRoute() {
    const { paperId } = Route.useParams()
    const search = Route.useSearch()
    const { data: index } = useSuspenseQuery(libraryIndexQueryOptions())
    const tree = usePlaceTree()
    const paper = findPaper(index, paperId)
    const archive = archiveOf(index, paperId)
    if (!paper || !archive) return <NotFound />
    return (
      <PaperArchiveScreen
        paper={paper}
        archive={archive}
        tree={tree}
        place={placeCode(tree, search.place)}
        search={search}
        renderFilter={(filter) => <PaperPlaces paper={paper} papers={index.papers} archive={archive} tree={tree} {...filter} />}
      />
    )
  },
})
