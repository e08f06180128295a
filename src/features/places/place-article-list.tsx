// Articles at a place, newest first: headline, where they were printed, and the place each is mainly about.
import { Link } from '@tanstack/react-router'
import { type Paper, paperLabel } from '@/schema/bundle'
import { PageLink } from '@/components/ui/page-link'
import type { ArticleEntry } from '@/lib/data/place-entries'
import { articleLabel, issueDateLabel } from '@/lib/format'
import type { PlaceTree } from '@/lib/places'

interface Props {
  entries: readonly ArticleEntry[]
  papers: readonly Paper[]
  tree: PlaceTree
  /** Name the article's main place (for articles that only mention the place listed). */
  showMain?: boolean
}

export function PlaceArticleList({ entries, papers, tree, showMain = false }: Props) {
  const paperName = (id: string) => {
    const paper = papers.find((p) => p.id === id)
    return paper ? paperLabel(paper) : '报名不详'
  }
  return (
    <ol className="divide-y divide-rule/70">
      {entries.map(({ article, issue, pageIndex }) => {
        const main = article.places?.[0] ? tree.byCode.get(article.places[0]) : undefined
        return (
          <li key={article.id} className="py-2.5" data-article={article.id}>
            <Link to="/articles/$articleId" params={{ articleId: article.id }} className="font-bold hover:text-accent">
              {articleLabel(article)}
            </Link>
            <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-muted">
              <span>{paperName(issue.paperId)}</span>
              <span>{issueDateLabel(issue)}</span>
              <PageLink issue={issue} index={pageIndex} className="hover:text-accent" />
              {showMain && main && (
                <span>
                  主要地点:
                  <Link to="/places/$code" params={{ code: main.code }} className="hover:text-accent">
                    {main.name}
                  </Link>
                </span>
              )}
            </p>
          </li>
        )
      })}
    </ol>
  )
}
