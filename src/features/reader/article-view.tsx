// One article on its own: where it was printed, the headline block, byline, tools, body, and its neighbours on the page.
import { Link, useNavigate } from '@tanstack/react-router'
import { useEffect } from 'react'
import { type Article, type IssueBody, type IssueEntry, type Paper, paperLabel } from '@/schema/bundle'
import { InferredMark } from '@/components/ui/inferred-mark'
import { PaperNote } from '@/components/ui/paper-note'
import { ArticlePlaces } from '@/components/ui/place-links'
import { articleLabel, issueDateLabel, pageLabelOf } from '@/lib/format'
import { bodyPage, pageNo, readableArticles } from '@/lib/data/locate'
import { countOccurrences } from '@/lib/highlight'
import { useShortcuts } from '@/lib/use-shortcuts'
import { articleFigures, Byline, ContinuationLink, Paragraphs, PhotoFigure, TeaserRef } from './article-parts'
import { ArticleTools, articleUrl } from './article-tools'
import { Headline } from './headline'

interface Props {
  paper: Paper | undefined
  issue: IssueEntry
  body: IssueBody
  pageIndex: number
  article: Article
  /** ?hl=: text to mark wherever it occurs. */
  highlight?: string
}

export function ArticleView({ paper, issue, body, pageIndex, article, highlight }: Props) {
  const navigate = useNavigate()
  const page = bodyPage(issue, body, pageIndex)
  const no = pageNo(page ?? {}, pageIndex)
  const siblings = readableArticles(page?.articles ?? [])
  const at = siblings.findIndex((a) => a.id === article.id)
  const prev = siblings[at - 1]
  const next = siblings[at + 1]
  const pageParams = { issueId: issue.id, pageNo: String(no) }
  const paperName = paper ? paperLabel(paper) : '报名不详'
  const open = (target: Article | undefined) => target && void navigate({ to: '/articles/$articleId', params: { articleId: target.id } })

  useShortcuts({ j: () => open(next), k: () => open(prev) })
  useScrollToMark(article.id, highlight)

  return (
    <article className="mx-auto max-w-[40rem]" data-kind={article.kind}>
      <title>{`${articleLabel(article)} · ${paperName} · 版面`}</title>
      <p className="border-b border-ink pb-2 text-sm text-muted">
        {paper ? (
          <Link to="/papers/$paperId" params={{ paperId: paper.id }} className="font-bold text-ink hover:text-accent">
            {paperName}
          </Link>
        ) : (
          <span className="font-bold text-ink">{paperName}</span>
        )}
        {paper && <PaperNote paper={paper} />}
        <span className="mx-2">{issueDateLabel(issue)}</span>
        {issue.dateInferred && <InferredMark />}
        {issue.weekday && <span className="mr-2">{issue.weekday}</span>}
        <Link to="/issues/$issueId/pages/$pageNo" params={pageParams} className="hover:text-accent">
          {pageLabelOf(page ?? {})}
          {page?.name && ` ${page.name}`}
        </Link>
      </p>
      {/* The reading text (A−/A+ scales it): headline, byline, body. */}
      <div className="reading mt-8 text-center">
        <Headline article={article} size="article" as="h1" highlight={highlight} />
      </div>
      <div className="reading text-center">
        <Byline byline={article.byline} />
        <ArticlePlaces places={article.places} className="mt-2" />
      </div>
      <ArticleTools article={article} issue={issue} paperName={paperName} pageNo={no} />
      {highlight && <HighlightNotice article={article} highlight={highlight} />}
      {article.continuedFrom && (
        <p className="mt-4">
          <ContinuationLink continuation={article.continuedFrom} issue={issue} />
        </p>
      )}
      {article.kind === 'photo' ? (
        <div className="reading">
          {articleFigures(article).map((figure, i) => (
            <PhotoFigure key={i} figure={figure} highlight={highlight} />
          ))}
        </div>
      ) : (
        <div className={`reading mt-4 text-lg ${article.kind === 'unclassified' ? 'text-muted' : ''}`}>
          <Paragraphs article={article} subheadAs="h2" highlight={highlight} anchors />
        </div>
      )}
      {article.continuedTo && (
        <p className="mt-4 text-right">
          <ContinuationLink continuation={article.continuedTo} issue={issue} />
        </p>
      )}
      {article.kind === 'teaser' && (
        <p className="mt-4">
          <TeaserRef article={article} issue={issue} />
        </p>
      )}
      <p className="mt-8 hidden border-t border-ink pt-2 text-xs print:block">
        原载{paper?.unnamed ? paperName : `《${paperName}》`}{issueDateLabel(issue)} {pageLabelOf(page ?? {})} · {articleUrl(article.id)}
      </p>
      <nav aria-label="本版文章" className="mt-10 grid grid-cols-2 gap-4 border-t border-ink pt-4 text-sm print:hidden">
        <div>
          {prev && (
            <Link to="/articles/$articleId" params={{ articleId: prev.id }} rel="prev" className="hover:text-accent">
              <span className="block text-xs text-muted">← 上一篇 (k)</span>
              {articleLabel(prev)}
            </Link>
          )}
        </div>
        <div className="text-right">
          {next && (
            <Link to="/articles/$articleId" params={{ articleId: next.id }} rel="next" className="hover:text-accent">
              <span className="block text-xs text-muted">下一篇 (j) →</span>
              {articleLabel(next)}
            </Link>
          )}
        </div>
      </nav>
      <p className="mt-6 text-center print:hidden">
        {/* Back to the page, scrolled to where this article is set. */}
        <Link
          to="/issues/$issueId/pages/$pageNo"
          params={pageParams}
          hash={`article-${article.id}`}
          className="inline-block border border-ink px-4 py-1.5 text-sm hover:bg-ink hover:text-paper"
        >
          返回{pageLabelOf(page ?? {})}
        </Link>
      </p>
    </article>
  )
}

function HighlightNotice({ article, highlight }: { article: Article; highlight: string }) {
  const texts = [article.kicker, article.title, article.subtitle, ...article.paragraphs, ...(article.figures ?? []).map((f) => f.caption)]
  const count = countOccurrences(texts, highlight)
  return (
    <p className="mt-4 text-center text-sm text-muted print:hidden">
      {count > 0 ? `已标出“${highlight}”${count}处` : `本文未找到“${highlight}”`}
      <Link to="." search={{ hl: undefined }} className="ml-3 text-accent underline underline-offset-4">
        取消标出
      </Link>
    </p>
  )
}

/** Opens the article at the first ?hl= match, else at a #p3 paragraph anchor (the content renders after load, so the browser cannot). */
function useScrollToMark(articleId: string, highlight: string | undefined) {
  useEffect(() => {
    const target = highlight ? document.querySelector('mark[data-hl]') : /^#p\d+$/.test(location.hash) ? document.querySelector(location.hash) : null
    if (!target) return
    const center = () => target.scrollIntoView({ block: 'center' })
    // After the router's own scroll handling for the navigation.
    const frame = requestAnimationFrame(center)
    // The web font applies after the first paint (public/theme-init.js sends banmian:fonts) and slices for text shown later
    // arrive after that: each reflows the text above the target, which is centred again until the reader moves the page.
    const fonts = typeof document.fonts?.addEventListener === 'function' ? document.fonts : undefined
    const stop = () => {
      fonts?.removeEventListener('loadingdone', center)
      document.removeEventListener('banmian:fonts', center)
      for (const type of READER_INTENT) removeEventListener(type, stop)
    }
    fonts?.addEventListener('loadingdone', center)
    document.addEventListener('banmian:fonts', center)
    for (const type of READER_INTENT) addEventListener(type, stop, { passive: true })
    return () => {
      cancelAnimationFrame(frame)
      stop()
    }
  }, [articleId, highlight])
}

/** What says the reader is moving the page themselves. */
const READER_INTENT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const
