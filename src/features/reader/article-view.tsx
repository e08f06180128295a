// One article on its own: where it was printed, the headline block, byline, body, and its neighbours on the page.
import { Link } from '@tanstack/react-router'
import type { Article, IssueBody, IssueSummary, Paper } from '@/schema/bundle'
import { InferredMark } from '@/components/ui/inferred-mark'
import { articleLabel, issueDateLabel, pageLabel } from '@/lib/format'
import { bodyPage, pageNo, readableArticles } from '@/lib/data/locate'
import { articleFigures, Byline, ContinuationLink, Paragraphs, PhotoFigure, TeaserRef } from './article-parts'
import { Headline } from './headline'

interface Props {
  paper: Paper | undefined
  issue: IssueSummary
  body: IssueBody
  pageIndex: number
  article: Article
}

export function ArticleView({ paper, issue, body, pageIndex, article }: Props) {
  const page = bodyPage(issue, body, pageIndex)
  const no = pageNo(page ?? {}, pageIndex)
  const siblings = readableArticles(page?.articles ?? [])
  const at = siblings.findIndex((a) => a.id === article.id)
  const prev = siblings[at - 1]
  const next = siblings[at + 1]
  const pageParams = { issueId: issue.id, pageNo: String(no) }

  return (
    <article className="mx-auto max-w-2xl" data-kind={article.kind}>
      <title>{`${articleLabel(article)} · ${paper?.name ?? '报名不详'} · 版面`}</title>
      <p className="border-b border-ink pb-2 text-sm text-muted">
        <span className="font-bold text-ink">{paper?.name ?? '报名不详'}</span>
        {paper?.nameInferred && <InferredMark />}
        <span className="mx-2">{issueDateLabel(issue)}</span>
        {issue.dateInferred && <InferredMark />}
        {issue.weekday && <span className="mr-2">{issue.weekday}</span>}
        <Link to="/issues/$issueId/pages/$pageNo" params={pageParams} className="hover:text-accent">
          {pageLabel(no)}
          {page?.name && ` ${page.name}`}
        </Link>
      </p>
      <div className="mt-8 text-center">
        <Headline article={article} size="article" as="h1" />
      </div>
      <div className="text-center">
        <Byline byline={article.byline} />
      </div>
      {article.continuedFrom && (
        <p className="mt-4">
          <ContinuationLink continuation={article.continuedFrom} issue={issue} />
        </p>
      )}
      {article.kind === 'photo' ? (
        articleFigures(article).map((figure, i) => <PhotoFigure key={i} figure={figure} />)
      ) : (
        <div className={`mt-4 text-lg ${article.kind === 'unclassified' ? 'text-muted' : ''}`}>
          <Paragraphs paragraphs={article.paragraphs} />
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
      <nav aria-label="本版文章" className="mt-10 grid grid-cols-2 gap-4 border-t border-ink pt-4 text-sm">
        <div>
          {prev && (
            <Link to="/articles/$articleId" params={{ articleId: prev.id }} className="hover:text-accent">
              <span className="block text-xs text-muted">← 上一篇</span>
              {articleLabel(prev)}
            </Link>
          )}
        </div>
        <div className="text-right">
          {next && (
            <Link to="/articles/$articleId" params={{ articleId: next.id }} className="hover:text-accent">
              <span className="block text-xs text-muted">下一篇 →</span>
              {articleLabel(next)}
            </Link>
          )}
        </div>
      </nav>
      <p className="mt-6 text-center">
        <Link to="/issues/$issueId/pages/$pageNo" params={pageParams} className="inline-block border border-ink px-4 py-1.5 text-sm hover:bg-ink hover:text-paper">
          返回{pageLabel(no)}
        </Link>
      </p>
    </article>
  )
}
