// Every place the archive's articles name, as a tree with counts (towns folded under their county until asked for),
// and a chart by county. Everything comes from index.json.
import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import type { LibraryIndex } from '@/schema/bundle'
import { PlaceChart } from '@/components/ui/place-chart'
import { allCounts, libraryPlaceCounts } from '@/lib/data/place-counts'
import { childPlaces, placeBreakdown, type PlaceTree } from '@/lib/places'

export function PlacesIndex({ index, tree }: { index: LibraryIndex; tree: PlaceTree }) {
  const counts = allCounts(libraryPlaceCounts(index))
  const articles = index.archives.reduce((n, a) => n + a.articles, 0)
  const tagged = index.archives.reduce((n, a) => n + a.tagged, 0)
  return (
    <div className="mx-auto max-w-3xl">
      <title>地区 · 版面</title>
      <header className="border-b-4 border-double border-ink pb-3 text-center">
        <h1 className="text-3xl font-bold tracking-[0.3em] md:text-5xl">地区</h1>
        <p className="mt-2 text-sm text-muted">
          报库 {articles} 篇文章中,{tagged} 篇标有地点
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
          {place.level === 'county' ? <FoldedTowns tree={tree} counts={counts} county={place.code} name={place.name} /> : <PlaceTreeList tree={tree} counts={counts} parent={place.code} />}
        </li>
      ))}
    </ul>
  )
}

/** A county's towns render only when asked for: a province's towns run to thousands of rows. */
function FoldedTowns({ tree, counts, county, name }: { tree: PlaceTree; counts: ReadonlyMap<string, number>; county: string; name: string }) {
  const [open, setOpen] = useState(false)
  const towns = childPlaces(tree, county).filter((p) => counts.has(p.code)).length
  if (towns === 0) return null
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-label={`${open ? '收起' : '展开'}${name}的 ${towns} 个乡镇`}
        onClick={() => setOpen(!open)}
        className="ml-2 text-xs text-accent hover:underline"
      >
        {open ? '收起' : `${towns} 个乡镇`}
      </button>
      {open && <PlaceTreeList tree={tree} counts={counts} parent={county} />}
    </>
  )
}
