import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod/mini'
import { startArchiveSearch } from '@/features/search/search-client'
import { SearchScreen } from '@/features/search/search-screen'
import { searchRequestOf } from '@/features/search/search-request'
import { holdFonts, SEARCH_RESULTS } from '@/lib/font-gate'
import { PAGE_NO } from '@/lib/params'
import { placeSearchParam } from '@/lib/places'
import { ArticleKind } from '@/schema/bundle'

const ID = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))
const DAY = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

// Every field falls back on its own: a bad value is dropped, never an error page.
// The router parses values as JSON, so ?q=2024 arrives as a number.
const searchParams = z.object({
  q: z.catch(z.optional(z.pipe(z.union([z.string(), z.pipe(z.number(), z.transform(String))]), z.transform((q: string) => q.slice(0, 1000)))), undefined),
  paper: z.catch(z.optional(ID), undefined),
  from: z.catch(z.optional(DAY), undefined),
  to: z.catch(z.optional(DAY), undefined),
  kind: z.catch(z.optional(ArticleKind), undefined),
  /** all: the whole archive; issue / page: the issue (and page) named by issue= and page=. */
  scope: z.catch(z.optional(z.enum(['all', 'issue', 'page'])), undefined),
  issue: z.catch(z.optional(ID), undefined),
  /** A page as URLs name it (3, A2): ?page=3 arrives as a number, ?page=A2 as text. */
  page: z.catch(z.optional(z.pipe(z.pipe(z.union([z.number(), z.string()]), z.transform(String)), z.string().check(z.regex(PAGE_NO)))), undefined),
  sort: z.catch(z.optional(z.enum(['relevance', 'newest', 'oldest'])), undefined),
  /** A division code: only articles at that place or below it (an unknown code is ignored). */
  place: placeSearchParam,
  /** Result page, 1-based. */
  p: z.catch(z.optional(z.pipe(z.coerce.number(), z.int().check(z.gte(1), z.lte(500)))), undefined),
})

/** The /search parameters, as validated. */
export type SearchParams = z.infer<typeof searchParams>

export const Route = createFileRoute('/search')({
  validateSearch: searchParams,
  // A search link: the search starts while the view's code loads, and, opened cold, the web font's slices wait for its
  // first results (src/lib/font-gate.ts). Not for a preload (a pointer resting on a link to 检索).
  loaderDeps: ({ search }) => search,
  loader: ({ preload, deps }) => {
    const request = searchRequestOf(deps)
    if (preload || !request) return
    startArchiveSearch(request)
    holdFonts(SEARCH_RESULTS)
  },
  component: SearchScreen,
})
