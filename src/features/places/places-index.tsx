// Every place the archive's articles name, as a tree with counts, and a chart by county.
import { Link } from '@tanstack/react-router'
import type { Catalog } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { catalogArticles } from '@/lib/data/catalog-articles'
import { childPlaces, countArticlesByPlace, placeBreakdown, type PlaceTree } from '@/lib/places'

export function PlacesIndex({ catalog, tree }: { catalog: Catalog; tree: PlaceTree }) {
  const articles = catalogArticles(catalog.issues).map((e) => e.article)
  const counts = countArticlesByPlace(tree, articles)
  const tagged = articles.filter((a) => a.places?.length).length
  return (
    <div className="mx-auto max-w-3xl">
      <title>地区 · 版面</title>
      <header className="border-b-4 border-double border-ink pb-3 text-center">
        <h1 className="text-3xl font-bold tracking-[0.3em] md:text-5xl">地区</h1>
        <p className="mt-2 text-sm text-muted">
          报库 {articles.length} 篇文章中,{tagged} 篇标有地点
        </p>
      </header>
      {tree.roots.length === 0 ? (
        <p className="py-12 text-center text-muted">报库中的文章尚未标注地点。</p>
      ) : (
        <div className="mt-6 grid gap-8 md:grid-cols-[1fr_1fr]">
          <section aria-labelledby="place-tree-title">
            <h2 id="place-tree-title" className="nav-title">
              各级地区
            </h2>
            <PlaceTreeList tree={tree} counts={counts} />
          </section>
          <PlaceChart caption="各县(市、区)文章数" rows={placeBreakdown(tree, counts)} link="page" />
        </div>
      )}
    </div>
  )
}

function PlaceTreeList({ tree, counts, parent }: { tree: PlaceTree; counts: ReadonlyMap<string, number>; parent?: string }) {
  const places = childPlaces(tree, parent).filter((p) => counts.has(p.code))
  if (places.length === 0) return null
  return (
    <ul className={parent ? 'ml-3 border-l border-rule pl-3' : 'mt-3'}>
      {places.map((place) => (
        <li key={place.code} className="py-0.5">
          <Link to="/places/$code" params={{ code: place.code }} className={`hover:text-accent ${place.level === 'province' || place.level === 'city' ? 'font-bold' : ''}`}>
            {place.name}
          </Link>
          <span className="ml-1 text-xs text-muted tabular-nums">({counts.get(place.code)})</span>
          <PlaceTreeList tree={tree} counts={counts} parent={place.code} />
        </li>
      ))}
    </ul>
  )
}
