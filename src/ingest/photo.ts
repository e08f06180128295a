// Pictures: which drafts are a photo with its caption, and how loose pictures printed one after another without a
// headline part into one item each. A picture is known by its credit (记者 王五 摄, 新华社发) closing a short caption,
// or by a headline that names picture news (图片新闻, 图片报道, 街拍).
import { splitCredit } from './byline'
import type { Classified, Draft } from './segment'

/** Headlines that name a picture column rather than a story. */
const PICTURE_LABEL = /^[【[]?(?:图片新闻|新闻图片|图片报道|摄影报道|图说[^\s]{0,8}|街拍|随手拍)[】\]]?(?:[0-9０-９]{1,2}|[（(][一二三四五六七八九十\d]{1,2}[）)]|[①-⑳])?$/
/** A caption says what its picture shows: 图为…, 上图…, 图①… (a report about pictures says 图片 or 照片). */
const PICTURE_SENTENCE = /(?:^|[。！？!?；;\s])(?:图为|上图|下图|左图|右图|图[①-⑳][:：为]?)/
/** A caption numbered among a page's pictures: 图1：, 图二: */
export const NUMBERED_CAPTION = /^[\s\u3000]*图[0-9０-９一二三四五六七八九十]{1,2}[:：]/
/** A credit naming the story a photo report (记者 张三 摄影报道): pictures with their text, however long. */
const PHOTO_REPORT = /摄影报道[）)]?$/
/** A caption of a few short paragraphs (its sentences and the picture's setting) is no longer than this. */
const CAPTION_CHARS = 240
/** A caption its own words or a picture column's name mark as one may run longer. */
const MARKED_CAPTION_CHARS = CAPTION_CHARS * 1.5
/** Most paragraphs of prose a caption runs to, when it is short. */
const CAPTION_PARAGRAPHS = 4

const isCredited = (u: Classified): boolean => u.role === 'credit' || u.role === 'caption'

/** A byline that only names the photographers its credit names too (王五 above, 王五 摄 below). */
function namesOnlyPhotographers(d: Draft, content: Classified[]): boolean {
  if (!d.bylines.length) return true
  const credited = new Set(content.flatMap((u) => splitCredit(u.text)?.authors ?? []).map((a) => a.name))
  return credited.size > 0 && d.bylines.every((b) => [...credited].some((name) => b.text.includes(name)))
}

/**
 * A photo: captions with credits; or a short caption — at most two paragraphs, or a few short ones closed by the
 * credit — with no byline but the photographer's; or anything under a picture column's name that carries a credit.
 */
export function isPhoto(d: Draft, content: Classified[]): boolean {
  if (!content.length) return false
  const prose = content.filter((u) => u.role === 'body')
  const chars = prose.reduce((n, u) => n + u.text.length, 0)
  const labelled = d.head.some((h) => PICTURE_LABEL.test(h.text.trim()))
  // What the text itself says: a caption's 图为… closing a paragraph or two, or a short text under a picture column's name.
  // The byline above is then the pictures' too (本报记者 张三 文/摄), whoever it names.
  if (d.head.length && prose.length && prose.length <= 2 && chars <= MARKED_CAPTION_CHARS && PICTURE_SENTENCE.test(prose[prose.length - 1]?.text ?? '')) return true
  if (labelled && prose.length <= CAPTION_PARAGRAPHS && chars <= MARKED_CAPTION_CHARS) return true
  // One of a page's numbered pictures (图3：…) with no headline, credited or not.
  if (!d.head.length && prose.length && prose.length <= 2 && chars <= MARKED_CAPTION_CHARS && NUMBERED_CAPTION.test(content[0]?.text ?? '')) return true
  if (!namesOnlyPhotographers(d, content)) return false
  if (content.every(isCredited)) return true
  if (!content.some(isCredited)) return false
  if (prose.length <= 2 || labelled || content.some((u) => isCredited(u) && PHOTO_REPORT.test(u.text.trimEnd()))) return true
  return prose.length <= CAPTION_PARAGRAPHS && chars <= CAPTION_CHARS && isCredited(content[content.length - 1] as Classified)
}

/** Short prose with no headline or byline above it: the opening of the caption a credit line below closes. */
export function isCaptionOpening(d: Draft): boolean {
  if (d.head.length || d.bylines.length || d.body.length > 2 || !d.body.every((u) => u.role === 'body')) return false
  return d.body.reduce((n, u) => n + u.text.length, 0) <= CAPTION_CHARS
}

/** The same caption printed twice over its picture (an e-paper site's alt text and caption). */
const sameText = (a: Classified[], b: Classified[]): boolean => a.length === b.length && a.every((u, k) => u.text.trim() === b[k]?.text.trim())

/**
 * Pictures printed one after another with no headline (caption 摄 / caption 摄 …) are one item each: the draft is
 * parted after every credit, when each part is a picture's caption. A caption printed twice stays one picture. A group
 * of pictures that gave its headline to the editor's note below it (a photo package) is parted the same way.
 */
export function splitLoosePhotos(d: Draft): Draft[] {
  if ((d.kind !== 'article' && d.kind !== 'photo') || d.head.length || d.bylines.length) return [d]
  const parts: Classified[][] = [[]]
  for (const u of d.body) {
    ;(parts[parts.length - 1] as Classified[]).push(u)
    if (isCredited(u)) parts.push([])
  }
  const last = parts[parts.length - 1] as Classified[]
  if (!last.length) parts.pop()
  else if (parts.length > 1) (parts[parts.length - 2] as Classified[]).push(...(parts.pop() as Classified[]))
  if (parts.length < 2) return [d]
  const drafts = parts.map((body): Draft => ({ kind: d.kind, head: [], bylines: [], body }))
  if (!drafts.every((p) => isPhoto(p, p.body))) return [d]
  const out: Draft[] = []
  for (const p of drafts) {
    const prev = out[out.length - 1]
    if (prev && sameText(prev.body, p.body)) prev.body.push(...p.body)
    else out.push(p)
  }
  return out
}
