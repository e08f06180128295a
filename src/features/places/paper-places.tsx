// The paper archive's locality filter: the place hierarchy with counts over this paper's
// articles, a chart of the selection by sub-place, and the articles at the chosen place.
import { Link } from '@tanstack/react-router'
import type { Catalog, Paper } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { PlaceFilter, placeFilterLink } from '@/components/ui/place-filter'
import type { ArticleEntry } from '@/lib/data/catalog-articles'
import { countArticlesByPlace, placeBreakdown, type PlaceTree } from '@/lib/places'
import { PlaceArticleList } from './place-article-list'

interface Props {
  catalog: Catalog
  paper: Paper
  tree: PlaceTree
  /** The paper's articles, before the place filter. */
  articles: readonly ArticleEntry[]
  /** Those at the chosen place (all of them when none is chosen). */
  matching: readonly ArticleEntry[]
  place?: string
}

export function PaperPlaces({ catalog, paper, tree, articles, matching, place }: Props) {
  const counts = countArticlesByPlace(tree, articles.map((e) => e.article))
  if (counts.size === 0) return null
  const name = place ? tree.byCode.get(place)?.name : undefined
  const home = paper.localityCode ? tree.byCode.get(paper.localityCode) : undefined
  return (
    <section aria-label="按地区浏览" className="mt-6 space-y-5 border-b border-rule pb-6">
      <PlaceFilter tree={tree} counts={counts} total={articles.length} selected={place} />
      {home && place !== home.code && counts.has(home.code) && (
        <p className="text-sm">
          <Link {...placeFilterLink(home.code)} className="text-accent underline-offset-4 hover:underline">
            只看本报所在地{home.name}({counts.get(home.code)})
          </Link>
        </p>
      )}
      <PlaceChart caption={name ? `${name}各地文章数` : '各县(市、区)文章数'} rows={placeBreakdown(tree, counts, place)} link="filter" />
      {name && (
        <div>
          <h2 className="nav-title" aria-live="polite">
            本报涉及{name}的文章
            <span className="ml-2 text-sm font-normal text-muted">{matching.length} 篇</span>
          </h2>
          <PlaceArticleList entries={matching} papers={catalog.papers} tree={tree} />
          <p className="mt-2 text-xs text-muted">下列期次为刊有这些文章的期次。</p>
        </div>
      )}
    </section>
  )
}
