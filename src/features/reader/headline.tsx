import { Link } from '@tanstack/react-router'
import type { Article } from '@/schema/bundle'
import { canBreakWords } from '@/lib/typeset'
import { Highlighted } from './highlighted'

type Size = 'lead' | 'normal' | 'brief' | 'small' | 'article'

/** The paper's hierarchy: the lead story's headline across its columns, then stories, then briefs. */
const TITLE_SIZE: Record<Size, string> = {
  article: 'text-3xl md:text-4xl',
  lead: 'text-2xl md:text-4xl',
  normal: 'text-xl md:text-2xl',
  brief: 'text-lg',
  small: 'text-base',
}

/** Lines break between words only (a <wbr> at each boundary); a word wider than the column may still break. */
const WORDS = canBreakWords ? 'break-keep [overflow-wrap:anywhere]' : ''

/**
 * A Chinese newspaper headline: 引题 (kicker) small above, 主题 (title) large,
 * 副题 (subtitle) medium below. Only the title is a heading element.
 */
export function Headline({
  article,
  size = 'normal',
  as: Heading = 'h2',
  link = false,
  highlight,
}: {
  article: Pick<Article, 'id' | 'kicker' | 'title' | 'subtitle' | 'breaks'>
  size?: Size
  as?: 'h1' | 'h2' | 'h3'
  /** Make the title a link to the article view. */
  link?: boolean
  /** Text to mark (?hl= in the article view). */
  highlight?: string
}) {
  const { kicker, title, subtitle, breaks } = article
  // The bundle's breaks; a bundle from before them has the segmenter find them here.
  const words = (part: keyof NonNullable<Article['breaks']>) => (breaks ? (breaks[part] ?? []) : true)
  return (
    <header className={`break-inside-avoid break-after-avoid ${WORDS}`}>
      {kicker && (
        <p data-part="kicker" className="mb-1 text-sm leading-snug text-muted">
          <Highlighted text={kicker} needle={highlight} words={words('kicker')} />
        </p>
      )}
      {title && (
        <Heading data-part="title" className={`${TITLE_SIZE[size]} leading-tight font-bold text-balance`}>
          {link ? (
            <Link to="/articles/$articleId" params={{ articleId: article.id }} className="hover:text-accent">
              <Highlighted text={title} words={words('title')} />
            </Link>
          ) : (
            <Highlighted text={title} needle={highlight} words={words('title')} />
          )}
        </Heading>
      )}
      {subtitle && (
        <p data-part="subtitle" className={`mt-1.5 leading-snug ${size === 'small' || size === 'brief' ? 'text-sm' : 'text-lg'}`}>
          <Highlighted text={subtitle} needle={highlight} words={words('subtitle')} />
        </p>
      )}
    </header>
  )
}
