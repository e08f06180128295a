// 本版查找: find in the page view like a browser's find, across columns and
// article boundaries: every match marked, "3 / 12", Enter / Shift+Enter to move.
// Marks use the CSS Custom Highlight API (no DOM changes under React); where it
// is missing the count and scrolling still work.
import { Link } from '@tanstack/react-router'
import { type RefObject, useDeferredValue, useEffect, useState } from 'react'
import { pageSearchValue } from '@/lib/params'
import { findNeedle } from '@/search/highlight'
import { findInDom } from './page-matches'
import './find-in-page.css'

const HITS = 'banmian-find'
const CURRENT = 'banmian-find-current'

function paint(name: string, ranges: Range[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return
  if (ranges.length) CSS.highlights.set(name, new Highlight(...ranges))
  else CSS.highlights.delete(name)
}

interface Props {
  /** The element whose text is searched: the page's columns. */
  root: RefObject<HTMLElement | null>
  issueId: string
  pageNo: string
}

export function FindInPage({ root, issueId, pageNo }: Props) {
  const [text, setText] = useState('')
  const needle = findNeedle(useDeferredValue(text))
  const [matches, setMatches] = useState<Range[]>([])
  const [current, setCurrent] = useState(0)

  // Recount when the needle, the page, or the page's text changes (theme, late data).
  useEffect(() => {
    const el = root.current
    if (!el) return
    const run = () => {
      setMatches(findInDom(el, needle))
      setCurrent(0)
    }
    run()
    const observer = new MutationObserver(run)
    observer.observe(el, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [root, needle, issueId, pageNo])

  useEffect(() => {
    paint(HITS, matches)
    const range = matches[current]
    paint(CURRENT, range ? [range] : [])
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [matches, current])

  useEffect(
    () => () => {
      paint(HITS, [])
      paint(CURRENT, [])
    },
    [],
  )

  const move = (step: number) => matches.length && setCurrent((i) => (i + step + matches.length) % matches.length)
  const search = { q: text.trim() || undefined, issue: issueId, page: pageSearchValue(pageNo) }

  return (
    <div role="search" aria-label="本版查找" className="flex flex-wrap items-center gap-x-3 gap-y-1 border-y border-rule py-2 text-sm print:hidden">
      <label className="flex items-center gap-2">
        <span className="text-muted">本版查找</span>
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              move(e.shiftKey ? -1 : 1)
            } else if (e.key === 'Escape') setText('')
          }}
          placeholder="输入字词，回车跳到下一处"
          autoComplete="off"
          className="w-44 border border-ink/60 bg-paper px-2 py-0.5 max-lg:min-h-11"
        />
      </label>
      <span aria-live="polite" data-testid="find-count" className="min-w-16 text-muted tabular-nums">
        {needle ? (matches.length ? `${current + 1} / ${matches.length}` : '无匹配') : ''}
      </span>
      <button type="button" aria-label="上一处" disabled={!matches.length} onClick={() => move(-1)} className="min-h-11 min-w-11 px-1 disabled:opacity-40 lg:min-h-8 lg:min-w-8">
        ↑
      </button>
      <button type="button" aria-label="下一处" disabled={!matches.length} onClick={() => move(1)} className="min-h-11 min-w-11 px-1 disabled:opacity-40 lg:min-h-8 lg:min-w-8">
        ↓
      </button>
      {needle && (
        <span className="ml-auto flex gap-3 text-xs">
          <Link to="/search" search={{ ...search, scope: 'issue' }} className="text-accent hover:underline">
            在本期中检索
          </Link>
          <Link to="/search" search={search} className="text-accent hover:underline">
            在全部报纸中检索
          </Link>
        </span>
      )}
    </div>
  )
}
