// Pieces of an article shared by the page view and the article view.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { Article, Continuation, Figure, IssueEntry } from '@/schema/bundle'
import { pageLabel } from '@/lib/format'
import { findPageIndex } from '@/lib/data/locate'
import { looseWhenJustified } from '@/lib/typeset'
import { Highlighted } from './highlighted'

export function Byline({ byline }: { byline?: string }) {
  if (!byline) return null
  // A byline may span two printed lines, joined by a newline in the bundle.
  return (
    <p className="mt-2 text-sm whitespace-pre-line text-muted">
      <Highlighted text={byline} />
    </p>
  )
}

/**
 * Body text. The story's own subheads (小标题, Q&A questions) are headings one level below its
 * headline (`subheadAs`), the rest paragraphs. In the article view (`anchors`) each paragraph,
 * subheads included, is #p1, #p2, … so a link can point into a long article, and `highlight`
 * marks a searched-for text. Paragraphs from `shown` on are kept in the page (for print) but not displayed.
 * All-Chinese paragraphs are justified; one with a long Latin word or number is set flush left, where
 * justifying would stretch the line before it (see looseWhenJustified).
 */
export function Paragraphs({
  article,
  subheadAs,
  highlight,
  anchors = false,
  shown = article.paragraphs.length,
}: {
  article: Pick<Article, 'paragraphs' | 'subheads'>
  subheadAs: 'h2' | 'h3' | 'h4'
  highlight?: string
  anchors?: boolean
  shown?: number
}) {
  const subheads = new Set(article.subheads)
  const anchorClass = anchors ? 'group relative scroll-mt-24' : ''
  return (
    <div className="mt-3 space-y-2 leading-loose">
      {article.paragraphs.map((text, i) => {
        const id = anchors ? `p${i + 1}` : undefined
        const rest = i >= shown ? 'hidden print:block' : ''
        const content = (
          <>
            {anchors && <ParagraphLink n={i + 1} />}
            <Highlighted text={text} needle={highlight} />
          </>
        )
        if (subheads.has(i)) {
          const Subhead = subheadAs
          // Set apart from the text above and kept with the paragraph it introduces, across columns and printed pages.
          return (
            <Subhead key={i} id={id} data-part="subhead" className={`leading-normal font-bold not-first:mt-4 whitespace-pre-line break-inside-avoid break-after-avoid ${anchorClass} ${rest}`}>
              {content}
            </Subhead>
          )
        }
        return (
          // pre-line: verse and lists keep their printed lines (春风吹过南湖，↵湖面泛起涟漪。).
          <p key={i} id={id} className={`indent-[2em] whitespace-pre-line ${looseWhenJustified(text) ? 'text-start' : 'text-justify'} ${anchorClass} ${rest}`}>
            {content}
          </p>
        )
      })}
    </div>
  )
}

/** Mouse users' shortcut to a paragraph link; keyboard users have 分享 and the address bar. */
function ParagraphLink({ n }: { n: number }) {
  return (
    <a
      href={`#p${n}`}
      aria-hidden="true"
      tabIndex={-1}
      className="absolute top-0 -left-8 hidden w-6 indent-0 text-right font-sans text-xs font-normal leading-[inherit] text-muted opacity-0 group-hover:opacity-100 md:block print:hidden"
    >
      ¶{n}
    </a>
  )
}

const REF_CLASS = 'inline-block text-sm text-accent underline-offset-4 hover:underline'

/**
 * A pointer to another page of the issue (导读, 转版). The collection may hold only
 * some pages of an issue, so a page that is not here is named but not linked.
 */
export function PageRef({ issue, page, children }: { issue: IssueEntry; page: number | string; children: ReactNode }) {
  if (findPageIndex(issue.pages, page) < 0) {
    return (
      <span className="inline-block text-sm text-muted" title="本期该版未收录">
        {children}
        <span className="ml-1 text-xs">(该版未收录)</span>
      </span>
    )
  }
  return (
    <Link to="/issues/$issueId/pages/$pageNo" params={{ issueId: issue.id, pageNo: String(page) }} className={REF_CLASS}>
      {children}
    </Link>
  )
}

/** 导读 → the page it points to. */
export function TeaserRef({ article, issue }: { article: Pick<Article, 'refersToPage' | 'refersToLabel' | 'refersToText'>; issue: IssueEntry }) {
  if (article.refersToPage === undefined) return null
  // A lettered page (A3) goes by its label.
  const page = article.refersToLabel ?? article.refersToPage
  return <PageRef issue={issue} page={page}>{article.refersToText || `详见${pageLabel(page)}`} →</PageRef>
}

/** (上接第一版) / (下转第四版): a link to the other half when the bundle has it, else to the page it names. */
export function ContinuationLink({ continuation, issue }: { continuation: Continuation; issue: IssueEntry }) {
  const page = continuation.label ?? continuation.page
  const text = continuation.text || pageLabel(page)
  if (continuation.articleId) {
    return (
      <Link to="/articles/$articleId" params={{ articleId: continuation.articleId }} className={REF_CLASS}>
        {text}
      </Link>
    )
  }
  return <PageRef issue={issue} page={page}>{text}</PageRef>
}

/**
 * A printed picture. The source has no images, only captions, so the frame is a
 * deliberate typographic placeholder rather than a broken image.
 */
export function PhotoFigure({ figure, highlight }: { figure: Figure; highlight?: string }) {
  return (
    <figure className="my-3 break-inside-avoid border border-rule bg-paper-deep/60 p-2">
      <div className="flex aspect-[3/2] max-h-56 w-full flex-col items-center justify-center gap-2 bg-[repeating-linear-gradient(135deg,transparent_0_7px,rgb(0_0_0/0.045)_7px_8px)]">
        <span aria-hidden="true" className="border-2 border-accent/70 px-2 py-0.5 text-2xl font-bold text-accent/80">
          图
        </span>
        <span className="text-xs tracking-widest text-muted">原版图片未收录</span>
      </div>
      <figcaption className="mt-2 text-sm leading-relaxed">
        <Highlighted text={figure.caption} needle={highlight} />
        {figure.credit && <span className="ml-2 whitespace-nowrap text-muted">{figure.credit}</span>}
      </figcaption>
    </figure>
  )
}

/** The figures of a photo item; older bundles may carry the captions only as paragraphs. */
export function articleFigures(article: Pick<Article, 'figures' | 'paragraphs'>): Figure[] {
  if (article.figures?.length) return article.figures
  return article.paragraphs.map((caption) => ({ caption, authors: [] }))
}
