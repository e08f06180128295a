// One article as it sits on a page, styled by its kind: a block in the page's grid that holds the whole story in
// one place. A long story shows its opening and 阅读全文; its text never continues above its own headline.
import { Link } from '@tanstack/react-router'
import type { Article, IssueEntry } from '@/schema/bundle'
import { kindLabel } from '@/lib/format'
import { articleFigures, Byline, ContinuationLink, Paragraphs, PhotoFigure, TeaserRef } from './article-parts'
import { Headline } from './headline'
import { Highlighted } from './highlighted'

interface Props {
  article: Article
  issue: IssueEntry
  /** The page's lead story: across the grid, the largest headline, its text in columns. */
  lead?: boolean
  /** Show every story whole (while 本版查找 looks through the page). */
  whole?: boolean
}

/**
 * How much of a story the page shows before 阅读全文, in characters: about twelve lines of a grid column, or
 * of each of the lead's columns. A column of that length stays within one screen, so the eye never goes back
 * up more than the lead's column height, and a page is a few screens tall rather than a dozen.
 */
export const OPENING = { story: 220, lead: 560 }

/**
 * Paragraphs shown before 阅读全文: whole paragraphs while at least half of the next still fits in `budget`
 * characters, at least one of them body text, never ending on a subhead (it goes with the text it introduces).
 */
export function openingParagraphs(article: Pick<Article, 'paragraphs' | 'subheads'>, budget: number): number {
  const { paragraphs } = article
  const total = paragraphs.reduce((n, p) => n + p.length, 0)
  // Cutting off less than a third of the opening is not worth a click.
  if (total <= budget * 1.33) return paragraphs.length
  const subheads = new Set(article.subheads)
  let used = 0
  let body = false
  for (const [i, text] of paragraphs.entries()) {
    if (body && used + text.length / 2 > budget) {
      let end = i
      while (subheads.has(end - 1)) end--
      return end
    }
    used += text.length
    if (!subheads.has(i)) body = true
  }
  return paragraphs.length
}

/** Characters of body text: the grid cell a story needs. */
const bodyLength = (article: Article) => article.paragraphs.reduce((n, p) => n + p.length, 0)

/** A rule between the grid's rows and, at the cell's left, between its columns (clipped at the grid's edge). */
const CELL = 'relative border-t border-rule pt-4 pb-6 before:absolute before:inset-y-4 before:-left-4 before:border-l before:border-rule'

export function ArticleBlock({ article, issue, lead = false, whole = false }: Props) {
  const common = { id: `article-${article.id}`, 'data-kind': article.kind }
  switch (article.kind) {
    case 'teaser':
      return (
        <aside {...common} className="col-span-full border-y-2 border-ink py-3">
          <p className="mb-1 text-xs tracking-[0.3em] text-accent">导读</p>
          <Headline article={article} size="small" as="h2" />
          <p className="mt-1">
            <TeaserRef article={article} issue={issue} />
          </p>
        </aside>
      )
    case 'banner':
      return (
        <aside {...common} className="col-span-full my-2 border-y-4 border-double border-accent py-3 text-center">
          <p className="text-2xl font-bold tracking-[0.25em] whitespace-pre-line text-accent">{article.title || article.paragraphs.join(' ')}</p>
        </aside>
      )
    case 'ad':
      return (
        <aside {...common} className={CELL}>
          <div className="border-4 border-double border-ink/70 p-3 text-center">
            <p className="text-xs tracking-widest text-muted">{kindLabel('ad')}</p>
            {article.title && <h2 className="mt-1 text-lg font-bold whitespace-pre-line">{article.title}</h2>}
            {article.paragraphs.map((text, i) => (
              <p key={i} className="mt-1 text-sm">
                <Highlighted text={text} />
              </p>
            ))}
          </div>
        </aside>
      )
    case 'photo':
      return (
        <article {...common} className={CELL}>
          {article.title && <Headline article={article} size="brief" as="h2" link />}
          {articleFigures(article).map((figure, i) => (
            <PhotoFigure key={i} figure={figure} />
          ))}
        </article>
      )
    case 'unclassified':
      return (
        <section {...common} aria-label="未归类文字" className={`${CELL} text-sm text-muted/90`}>
          <div className="border-l-2 border-rule pl-3">
            <p className="text-xs tracking-widest">未归类</p>
            {article.title && <p className="font-bold">{article.title}</p>}
            {article.paragraphs.map((text, i) => (
              <p key={i} className="mt-1 whitespace-pre-line">
                <Highlighted text={text} />
              </p>
            ))}
          </div>
        </section>
      )
    default: {
      const shown = whole ? article.paragraphs.length : openingParagraphs(article, lead ? OPENING.lead : OPENING.story)
      const size = lead ? 'lead' : bodyLength(article) < 160 ? 'brief' : 'normal'
      return (
        <article
          {...common}
          className={`${CELL} ${lead ? 'col-span-full' : ''} ${article.kind === 'commentary' ? 'after:absolute after:inset-y-4 after:left-0 after:border-l-4 after:border-accent/60 pl-4' : ''}`}
        >
          {article.continuedFrom && <ContinuationLink continuation={article.continuedFrom} issue={issue} />}
          <Headline article={article} size={size} link />
          <Byline byline={article.byline} />
          {/* The lead's text runs in columns under its headline; its opening keeps each column under a screen. */}
          <div className={lead ? 'gap-8 md:columns-2 xl:columns-3 [column-rule:1px_solid_var(--color-rule)]' : undefined}>
            <Paragraphs article={article} subheadAs="h3" shown={shown} />
          </div>
          {shown < article.paragraphs.length && (
            <p className="mt-2 text-right print:hidden">
              <Link to="/articles/$articleId" params={{ articleId: article.id }} className="inline-flex min-h-11 items-center text-sm text-accent underline-offset-4 hover:underline md:min-h-0">
                阅读全文<span className="sr-only">:{article.title}</span> ›
              </Link>
            </p>
          )}
          {article.continuedTo && (
            <p className="mt-2 text-right">
              <ContinuationLink continuation={article.continuedTo} issue={issue} />
            </p>
          )}
        </article>
      )
    }
  }
}
