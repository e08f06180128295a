// 分享, 复制引用 and 打印 for one article.
import { useState } from 'react'
import type { Article, IssueEntry } from '@/schema/bundle'
import { useToast } from '@/components/ui/toast'
import { articleCitation, articleLabel } from '@/lib/format'
import { copyText, qrCodePath, shareableUrl, shareLink } from '@/lib/share'

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
  const [qr, setQr] = useState<{ url: string; size: number; path: string }>()

  async function share() {
    // The shared link keeps what the reader is looking at: the marked text (?hl=) and the paragraph (#p3).
    const url = shareableUrl(articleUrl(article.id), window.location.href)
    const outcome = await shareLink({ title: articleLabel(article), url })
    if (outcome === 'shared') toast('已分享')
    else if (outcome === 'copied') toast('链接已复制,可粘贴分享')
    else if (outcome === 'failed') toast(`复制失败,请手动复制:${url}`)
  }

  async function toggleQr() {
    if (qr) return setQr(undefined)
    const url = shareableUrl(articleUrl(article.id), window.location.href)
    setQr({ url, ...(await qrCodePath(url)) })
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
      <button type="button" className={BUTTON} aria-expanded={!!qr} onClick={() => void toggleQr()}>
        二维码
      </button>
      <button type="button" className={BUTTON} onClick={() => window.print()}>
        打印
      </button>
      {qr && <QrCode {...qr} />}
    </div>
  )
}

/** The link as a QR code for a phone's camera, drawn as SVG (dark modules on white, with the quiet zone), and the link as text. */
function QrCode({ url, size, path }: { url: string; size: number; path: string }) {
  return (
    <figure className="flex basis-full flex-col items-center gap-2">
      <svg role="img" aria-label="本文链接的二维码" viewBox={`-4 -4 ${size + 8} ${size + 8}`} width={200} height={200} shapeRendering="crispEdges">
        <rect x={-4} y={-4} width={size + 8} height={size + 8} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <figcaption className="max-w-full break-all text-xs">用手机扫码阅读 · {url}</figcaption>
    </figure>
  )
}
