// The search box in the site header. On a page (版) it passes the issue and page
// along, so the results screen can offer 本期 / 本版 as scopes. Hidden on
// /search itself, which has its own box. "/" focuses it.
import { useMatch, useNavigate, useParams } from '@tanstack/react-router'
import { useRef } from 'react'
import { pageSearchValue } from '@/lib/params'
import { useShortcuts } from '@/lib/use-shortcuts'

export function HeaderSearch() {
  const onSearch = useMatch({ from: '/search', shouldThrow: false })
  const params = useParams({ strict: false })
  const navigate = useNavigate()
  const input = useRef<HTMLInputElement>(null)
  useShortcuts({ '/': onSearch ? undefined : () => input.current?.focus() })
  if (onSearch) return null
  const page = params.pageNo ? pageSearchValue(params.pageNo) : undefined
  return (
    <form
      role="search"
      aria-label="检索全部报纸"
      className="flex"
      onSubmit={(e) => {
        e.preventDefault()
        const q = input.current?.value.trim()
        void navigate({ to: '/search', search: { q: q || undefined, issue: params.issueId, page } })
      }}
    >
      <input
        ref={input}
        type="search"
        name="q"
        aria-label="检索词"
        placeholder="检索全部报纸"
        autoComplete="off"
        className="w-36 border border-ink/60 bg-paper px-2 py-0.5 text-sm sm:w-48"
      />
      <button type="submit" className="border border-l-0 border-ink/60 px-2 text-sm hover:bg-ink hover:text-paper">
        检索
      </button>
    </form>
  )
}
