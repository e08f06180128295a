// One place: its chain of divisions, its sub-places with counts, and its articles
// newest first — those mainly about it, then those that mention it.
import { Link } from '@tanstack/react-router'
import { type Catalog, paperLabel } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { catalogArticles } from '@/lib/data/catalog-articles'
import { countArticlesByPlace, descendantCodes, inPlace, mainlyInPlace, placeBreakdown, placeChain, type PlaceTree } from '@/lib/places'
import { levelLabel } from './place-level'
import { PlaceArticleList } from './place-article-list'

export function PlacePage({ catalog, tree, code }: { catalog: Catalog; tree: PlaceTree; code: string }) {
  const chain = placeChain(tree, code)
  const place = chain.at(-1)
  if (!place) return null
  const scope = descendantCodes(tree, code)
  const entries = catalogArticles(catalog.issues).filter((e) => inPlace(e.article.places, scope))
  const main = entries.filter((e) => mainlyInPlace(e.article.places, scope))
  const mentions = entries.filter((e) => !mainlyInPlace(e.article.places, scope))
  const counts = countArticlesByPlace(tree, entries.map((e) => e.article))
  const localPapers = catalog.papers.filter((p) => p.localityCode && scope.has(p.localityCode))

  return (
    <div className="mx-auto max-w-3xl">
      <title>{`${chain.map((p) => p.name).join('')} · 地区 · 版面`}</title>
      <nav aria-label="地区层级" className="text-sm text-muted">
        <ol className="flex flex-wrap gap-x-1">
          <li>
            <Link to="/places" className="hover:text-accent">
              全部地区
            </Link>
          </li>
          {chain.map((p) => (
            <li key={p.code}>
              <span aria-hidden="true" className="mr-1">
                ›
              </span>
              <Link
                to="/places/$code"
                params={{ code: p.code }}
                aria-current={p.code === code ? 'page' : undefined}
                className="hover:text-accent aria-[current]:font-bold aria-[current]:text-ink"
              >
                {p.name}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <header className="mt-3 border-b-4 border-double border-ink pb-3 text-center">
        <h1 className="text-3xl font-bold tracking-[0.3em] md:text-5xl">{place.name}</h1>
        <p className="mt-2 text-sm text-muted">
          {levelLabel(place.level)} · 代码 {place.code} · 相关文章 {entries.length} 篇(主要报道 {main.length} 篇)
        </p>
        {localPapers.length > 0 && (
          <p className="mt-1 text-sm">
            本地报纸:
            {localPapers.map((paper, i) => (
              <span key={paper.id}>
                {i > 0 && '、'}
                <Link to="/papers/$paperId" params={{ paperId: paper.id }} search={{ place: Number(code) }} className="hover:text-accent">
                  {paperLabel(paper)}
                </Link>
              </span>
            ))}
          </p>
        )}
      </header>
      <div className="mt-6">
        <PlaceChart caption={`${place.name}下属地区`} rows={placeBreakdown(tree, counts, code)} link="page" />
      </div>
      <Section id="place-main" title="主要报道" count={main.length}>
        <PlaceArticleList entries={main} papers={catalog.papers} tree={tree} />
      </Section>
      <Section id="place-mentions" title="提及此地" count={mentions.length}>
        <PlaceArticleList entries={mentions} papers={catalog.papers} tree={tree} showMain />
      </Section>
    </div>
  )
}

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="nav-title">
        {title}
        <span className="ml-2 text-sm font-normal text-muted">{count} 篇</span>
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  )
}
