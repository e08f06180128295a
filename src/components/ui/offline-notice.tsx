import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useEffect, useState, useSyncExternalStore } from 'react'
import { libraryIndexQueryOptions } from '@/lib/data/library-index-query'
import { issueEntryQueryOptions } from '@/lib/data/lookup-query'
import { formatDate } from '@/lib/format'
import { paperLabel } from '@/schema/bundle'

/** The service worker's cache of issue bodies (see vite.config.ts). */
const ISSUE_CACHE = 'banmian-issues'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange)
  window.addEventListener('offline', onChange)
  return () => {
    window.removeEventListener('online', onChange)
    window.removeEventListener('offline', onChange)
  }
}

/** Issue ids whose bodies the service worker has cached: issues/<id>.<hash>.json. */
async function cachedIssueIds(): Promise<Set<string>> {
  if (!('caches' in window)) return new Set()
  const keys = await (await caches.open(ISSUE_CACHE)).keys()
  return new Set(keys.map((r) => /\/issues\/([^/]+)\.[0-9a-f]{10}\.json$/.exec(new URL(r.url).pathname)?.[1]).filter((id): id is string => !!id))
}

/** Says when the reader is offline and which issues can still be read. */
export function OfflineNotice() {
  const online = useSyncExternalStore(subscribe, () => navigator.onLine, () => true)
  const [available, setAvailable] = useState<Set<string>>()
  const index = useQuery({ ...libraryIndexQueryOptions(), enabled: !online })
  useEffect(() => {
    if (online) return
    let live = true
    void cachedIssueIds().then((ids) => live && setAvailable(ids))
    return () => {
      live = false
    }
  }, [online])
  // Each issue's entry comes from its id-map shard and year file, which the service worker kept when the issue was read.
  const entries = useQueries({ queries: [...(available ?? [])].map((id) => ({ ...issueEntryQueryOptions(id), enabled: !online })) })
  if (online) return null
  const issues = entries.flatMap((q) => (q.data ? [q.data] : []))
  const paperName = (id: string) => {
    const paper = index.data?.papers.find((p) => p.id === id)
    return paper ? paperLabel(paper) : ''
  }
  return (
    <div role="status" className="border-b border-accent/40 bg-accent/10 px-4 py-2 text-sm md:px-8 print:hidden">
      <p>
        <strong>当前处于离线状态。</strong>
        {issues.length ? `已打开过的 ${issues.length} 期报纸可继续阅读：` : '已打开过的版面仍可阅读，其他内容需联网后加载。'}
      </p>
      {issues.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {issues.map((i) => (
            <li key={i.id}>
              <Link to="/issues/$issueId" params={{ issueId: i.id }} className="underline">
                {paperName(i.paperId)} {i.date ? formatDate(i.date) : `${i.year ?? ''}年`}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
