// The locality filter shared by the paper archive and the search results: the chosen
// place's chain (全部地区 › 浙江省 › 衢州市) and, below it, its sub-places with counts.
// Choosing a place sets ?place= on the current URL and keeps every other parameter.
import { Link } from '@tanstack/react-router'
import { childPlaces, placeChain, type PlaceTree } from '@/lib/places'

interface Props {
  tree: PlaceTree
  /** Articles per place in the current selection, sub-places included (countArticlesByPlace). */
  counts: ReadonlyMap<string, number>
  /** Articles in the current selection before the place filter (全部地区). */
  total: number
  selected?: string
  /** Search params to drop when the place changes (a result page number, say). */
  reset?: readonly string[]
}

const CHIP = 'inline-flex items-baseline gap-1 border border-rule px-2 py-0.5 hover:border-ink hover:text-accent'

export function PlaceFilter({ tree, counts, total, selected, reset = [] }: Props) {
  const chain = selected ? placeChain(tree, selected) : []
  const options = childPlaces(tree, selected).filter((p) => (counts.get(p.code) ?? 0) > 0)

  const to = (code: string | undefined) => placeFilterLink(code, reset)

  return (
    <nav aria-label="按地区筛选" className="text-sm" data-testid="place-filter">
      <ol className="flex flex-wrap items-baseline gap-x-1 gap-y-1">
        <li className="mr-1 font-bold text-muted">地区</li>
        <li>
          {selected ? (
            <Link {...to(undefined)} className="hover:text-accent">
              全部地区 <Count n={total} />
            </Link>
          ) : (
            <span aria-current="true" className="font-bold">
              全部地区 <Count n={total} />
            </span>
          )}
        </li>
        {chain.map((place) => (
          <li key={place.code} className="flex items-baseline gap-1">
            <span aria-hidden="true" className="text-muted">
              ›
            </span>
            {place.code === selected ? (
              <span aria-current="true" className="font-bold text-accent">
                {place.name} <Count n={counts.get(place.code) ?? 0} />
              </span>
            ) : (
              <Link {...to(place.code)} className="hover:text-accent">
                {place.name} <Count n={counts.get(place.code) ?? 0} />
              </Link>
            )}
          </li>
        ))}
      </ol>
      {options.length > 0 && (
        <ul aria-label={selected ? `${chain.at(-1)?.name ?? ''}下属地区` : '各地'} className="mt-2 flex flex-wrap gap-1.5">
          {options.map((place) => (
            <li key={place.code}>
              <Link {...to(place.code)} className={CHIP}>
                {place.name} <Count n={counts.get(place.code) ?? 0} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}

/** Link props for the current view filtered to `code` (undefined: all places), other params kept bar `reset`. */
export function placeFilterLink(code: string | undefined, reset: readonly string[] = []) {
  return {
    to: '.' as const,
    // Only the exact same parameters make a filter link "current" (by default a link without place= would match any place).
    activeOptions: { exact: true, explicitUndefined: true },
    search: (prev: Record<string, unknown>) => {
      const next: Record<string, unknown> = { ...prev, place: code === undefined ? undefined : Number(code) }
      for (const key of reset) next[key] = undefined
      return next
    },
  }
}

/** A count badge: (23); read as part of the link's name. */
function Count({ n }: { n: number }) {
  return <span className="text-xs text-muted tabular-nums">({n})</span>
}
