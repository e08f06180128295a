// 标题导航: the headlines of one page, each linking to its article.
import { Link } from '@tanstack/react-router'
import type { Article } from '@/schema/bundle'
import { articleLabel, kindLabel } from '@/lib/format'

export function HeadlineNav({ articles }: { articles: Article[] }) {
  return (
    <nav aria-labelledby="headline-nav-title">
      <h2 id="headline-nav-title" className="nav-title">
        标题导航
      </h2>
      <ol className="mt-2 space-y-1.5 text-sm leading-snug">
        {articles.map((article) => (
          <li key={article.id} className={article.kind === 'unclassified' ? 'text-muted' : undefined}>
            <Link to="/articles/$articleId" params={{ articleId: article.id }} className="block hover:text-accent max-lg:py-1.5">
              {article.kind !== 'news' && <span className="mr-1 text-xs text-accent">[{kindLabel(article.kind)}]</span>}
              {articleLabel(article)}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}
