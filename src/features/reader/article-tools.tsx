// 分享, 复制引用 and 打印 for one article.
import type { Article, IssueEntry } from '@/schema/bundle'
import { useToast } from '@/components/ui/toast'
import { articleCitation, articleLabel } from '@/lib/format'
import { copyText, shareLink } from '@/lib/share'

interface Props {
  article: Article
  issue: IssueEntry
  paperName: string
  pageNo: string
}

const BUTTON = 'cursor-pointer border border-ink/60 px-3 py-1 hover:bg-ink hover:text-paper'

/** The article's own address, without ?hl= or a paragraph anchor. */
export function articleUrl(articleId: string): string {
  return new URL(`${import.meta.env.BASE_URL}articles/${articleId}`, window.location.origin).href
}

export function ArticleTools({ article, issue, paperName, pageNo }: Props) {
  const toast = useToast()

  async function share() {
    const outcome = await shareLink({ title: articleLabel(article), url: articleUrl(article.id) })
    if (outcome === 'shared') toast('已分享')
    else if (outcome === 'copied') toast('链接已复制,可粘贴分享')
    else if (outcome === 'failed') toast(`复制失败,请手动复制:${articleUrl(article.id)}`)
  }

  async function cite() {
    const line = articleCitation({ article, paperName, issue, pageNo, url: articleUrl(article.id), accessed: new Date() })
    toast((await copyText(line)) ? '引用已复制' : `复制失败,请手动复制:${line}`)
  }

  return (
    <div role="group" aria-label="文章工具" className="mt-6 flex flex-wrap justify-center gap-2 text-sm print:hidden">
      <button type="button" className={BUTTON} onClick={() => void share()}>
        分享
      </button>
      <button type="button" className={BUTTON} onClick={() => void cite()}>
        复制引用
      </button>
      <button type="button" className={BUTTON} onClick={() => window.print()}>
        打印
      </button>
    </div>
  )
}
