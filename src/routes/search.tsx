import { createFileRoute } from '@tanstack/react-router'
import { z } from 'zod'
import { SearchScreen } from '@/features/search/search-screen'
import { PAGE_NO } from '@/lib/params'
import { placeSearchParam } from '@/lib/places'
import { ArticleKind } from '@/schema/bundle'

const ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

// Every field falls back on its own: a bad value is dropped, never an error page.
// The router parses values as JSON, so ?q=2024 arrives as a number.
const searchParams = z.object({
  q: z
    .union([z.string(), z.number().transform(String)])
    .transform((q) => q.slice(0, 1000))
    .optional()
    .catch(undefined),
  paper: ID.optional().catch(undefined),
  from: DAY.optional().catch(undefined),
  to: DAY.optional().catch(undefined),
  kind: ArticleKind.optional().catch(undefined),
  /** all: the whole archive; issue / page: the issue (and page) named by issue= and page=. */
  scope: z.enum(['all', 'issue', 'page']).optional().catch(undefined),
  issue: ID.optional().catch(undefined),
  /** A page as URLs name it (3, A2): ?page=3 arrives as a number, ?page=A2 as text. */
  page: z.union([z.number(), z.string()]).transform(String).pipe(z.string().regex(PAGE_NO)).optional().catch(undefined),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional().catch(undefined),
  /** A division code: only articles at that place or below it (an unknown code is ignored). */
  place: placeSearchParam,
  /** Result page, 1-based. */
  p: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
})

export const Route = createFileRoute('/search')({
  validateSearch: searchParams,
  component: SearchScreen,
})
