// The top of a page, set like a printed nameplate and folio line.
import type { IssueEntry, Page, PageMeta, Paper } from '@/schema/bundle'
import { InferredMark } from '@/components/ui/inferred-mark'
import { formatDate, issueDateLabel, pageLabelOf } from '@/lib/format'

interface Props {
  paper: Paper | undefined
  issue: IssueEntry
  page: Page
}

function Mark({ meta, field, inferred }: { meta: PageMeta; field: string; inferred?: boolean }) {
  if (!inferred && meta.provenance[field] !== 'inferred') return null
  return <InferredMark basis={meta.basis[field]} />
}

export function Masthead({ paper, issue, page }: Props) {
  const { meta } = page
  const date = issue.date ?? meta.date
  const weekday = issue.weekday ?? meta.weekday
  const lunarDate = issue.lunarDate ?? meta.lunarDate
  const serial = issue.serial ?? meta.serial
  const pagesToday = issue.pagesToday ?? meta.pagesToday
  const organLine = [meta.organ, meta.publisher, meta.cn].filter(Boolean)
  const paperName = paper?.name ?? meta.paper ?? '报名不详'
  const unnamed = paper?.unnamed

  return (
    <header className="text-center">
      {organLine.length > 0 && (
        <p className="flex flex-wrap justify-center gap-x-3 text-xs tracking-widest text-muted">
          {organLine.map((item) => (
            <span key={item} className="whitespace-nowrap">
              {item}
            </span>
          ))}
        </p>
      )}
      {/* The nameplate is the page's one h1; the date and page make it say which page this is. An unnamed paper gets a
          plain line saying so, not a nameplate. */}
      <h1 className={unnamed ? 'mt-2 text-2xl font-bold tracking-widest' : 'mt-2 text-4xl font-bold tracking-[0.3em] md:text-6xl'}>
        {paperName}
        <span className="sr-only">
          {' '}
          {issueDateLabel(issue)} {pageLabelOf(page)}
        </span>
        {!unnamed && <Mark meta={meta} field="paper" inferred={paper?.nameInferred} />}
      </h1>
      {unnamed && (
        <p className="mt-1 text-xs text-muted">
          {unnamed}
          {meta.locality && (
            <span className="ml-2">
              所在地 {meta.locality}
              <Mark meta={meta} field="locality" />
            </span>
          )}
        </p>
      )}
      {paper?.edition && <p className="mt-1 text-sm tracking-widest">{paper.edition}</p>}
      <div className="mt-3 border-y-[3px] border-double border-ink py-1.5 text-sm">
        <p className="flex flex-wrap items-center justify-center gap-x-4 gap-y-1">
          <span>
            {date ? formatDate(date) : issueDateLabel(issue)}
            <Mark meta={meta} field="date" inferred={issue.dateInferred} />
          </span>
          {weekday && (
            <span>
              {weekday}
              <Mark meta={meta} field="weekday" />
            </span>
          )}
          {lunarDate && (
            <span>
              {lunarDate}
              <Mark meta={meta} field="lunarDate" />
            </span>
          )}
          {pagesToday !== undefined && <span>今日{pagesToday}版</span>}
          {serial !== undefined && (
            <span>
              总第{serial}期
              <Mark meta={meta} field="serial" />
            </span>
          )}
        </p>
      </div>
      <div className="mt-1 flex items-baseline justify-between border-b border-ink pb-1 text-sm">
        <p className="font-bold">
          {pageLabelOf(page)}
          <Mark meta={meta} field="pageNumber" />
          {page.name && <span className="ml-2">{page.name}</span>}
        </p>
        {meta.editor && <p className="text-muted">责任编辑 {meta.editor}</p>}
      </div>
    </header>
  )
}
