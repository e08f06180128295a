// One article as it sits on a page, styled by its kind.
import type { Article, IssueEntry } from '@/schema/bundle'
import { kindLabel } from '@/lib/format'
import { articleFigures, Byline, ContinuationLink, Paragraphs, PhotoFigure, TeaserRef } from './article-parts'
import { Headline } from './headline'

interface Props {
  article: Article
  issue: IssueEntry
  /** The first story on the page gets the largest headline. */
  lead?: boolean
}

export function ArticleBlock({ article, issue, lead = false }: Props) {
  const common = { id: `article-${article.id}`, 'data-kind': article.kind }
  switch (article.kind) {
    case 'teaser':
      return (
        <aside {...common} className="border-y-2 border-ink py-3 [column-span:all]">
          <p className="mb-1 text-xs tracking-[0.3em] text-accent">导读</p>
          <Headline article={article} size="small" as="h3" />
          <p className="mt-1">
            <TeaserRef article={article} issue={issue} />
          </p>
        </aside>
      )
    case 'banner':
      return (
        <aside {...common} className="my-2 border-y-4 border-double border-accent py-3 text-center [column-span:all]">
          <p className="text-2xl font-bold tracking-[0.25em] whitespace-pre-line text-accent">{article.title || article.paragraphs.join(' ')}</p>
        </aside>
      )
    case 'ad':
      return (
        <aside {...common} className="mb-6 break-inside-avoid border-4 border-double border-ink/70 p-3 text-center">
          <p className="text-xs tracking-widest text-muted">{kindLabel('ad')}</p>
          {article.title && <h3 className="mt-1 text-lg font-bold whitespace-pre-line">{article.title}</h3>}
          {article.paragraphs.map((text, i) => (
            <p key={i} className="mt-1 text-sm">
              {text}
            </p>
          ))}
        </aside>
      )
    case 'photo':
      return (
        <article {...common} className="mb-6 break-inside-avoid">
          {article.title && <Headline article={article} size="small" as="h3" link />}
          {articleFigures(article).map((figure, i) => (
            <PhotoFigure key={i} figure={figure} />
          ))}
        </article>
      )
    case 'unclassified':
      return (
        <section {...common} aria-label="未归类文字" className="mb-6 break-inside-avoid border-l-2 border-rule pl-3 text-sm text-muted/90">
          <p className="text-xs tracking-widest">未归类</p>
          {article.title && <p className="font-bold">{article.title}</p>}
          {article.paragraphs.map((text, i) => (
            <p key={i} className="mt-1 whitespace-pre-line">
              {text}
            </p>
          ))}
        </section>
      )
    default:
      return (
        <article {...common} className={`mb-6 border-b border-rule pb-5 ${article.kind === 'commentary' ? 'border-l-4 border-l-accent/60 pl-3' : ''}`}>
          {article.continuedFrom && <ContinuationLink continuation={article.continuedFrom} issue={issue} />}
          <Headline article={article} size={lead ? 'lead' : 'normal'} link />
          <Byline byline={article.byline} />
          <Paragraphs article={article} subheadAs="h3" />
          {article.continuedTo && (
            <p className="mt-2 text-right">
              <ContinuationLink continuation={article.continuedTo} issue={issue} />
            </p>
          )}
        </article>
      )
  }
}
