// Made-up pages in the shapes of the seeds, and helpers for end-to-end ingest
// tests: write files into a temp folder, collect every text of a page.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pageSourceTexts } from '../src/ingest/page'
import type { IssueBody, Page } from '../src/schema/bundle'

export const MASTHEAD = ['东阳日报', '2024年5月6日 星期一 今日4版 总第9876期']

export const PARKS = {
  title: '城东新建三座口袋公园',
  paragraphs: [
    '本报讯(记者 张三 通讯员 李四)近日，城东街道新建的三座口袋公园正式向市民开放。公园内设有健身步道、儿童游乐区和休闲座椅，方便周边居民就近休闲健身。',
    '据了解，三座公园总面积约一万平方米，全部利用城市边角地改造而成。街道相关负责人表示，下一步将继续挖掘闲置地块，让市民推窗见绿、出门进园。',
  ],
}

export const SCHOOL = {
  title: '乡村夜校开课了',
  paragraphs: [
    '本报讯(记者 赵敏)连日来，南山村文化礼堂里灯火通明，乡村夜校首期课程吸引了六十多位村民参加。课程涵盖电商直播、茶叶种植和法律常识等内容。',
    '夜校负责人介绍，课程由镇里的农技员、律师和返乡创业青年轮流授课，每周开课两次。村民们表示，在家门口就能学到实用本领，很有获得感。(下转2版)',
  ],
}

export const PHOTO = { title: '春茶飘香', caption: '▲ 清明前后，茶农在山间采摘新茶。记者 王五 摄' }

/** The front page as plain text: blank lines between blocks, LF line ends. */
export const FRONT_PAGE = [
  ...MASTHEAD,
  PARKS.title,
  ...PARKS.paragraphs,
  SCHOOL.title,
  ...SCHOOL.paragraphs,
  PHOTO.title,
  PHOTO.caption,
].join('\n\n') + '\n'

/** Page 2 of the same issue: a continued story and an editor line. */
export const SECOND_PAGE = [
  '2024年5月6日 星期一 第2版 要闻',
  SCHOOL.title,
  '(上接1版)夜校还专门为老年村民开设了智能手机课程，手把手教大家预约挂号、视频通话和识别电信诈骗。',
  '责任编辑 陈晓',
].join('\n\n') + '\n'

/** Hard-wraps a paragraph at `width` characters (no line break inside a run of Latin letters or digits). */
export function wrap(text: string, width = 30): string {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if ([...line].length >= width && !(/[A-Za-z0-9]/.test(ch) && /[A-Za-z0-9]$/.test(line))) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  return [...lines, line].join('\n')
}

/** A fresh temp folder holding the given files (text is written as UTF-8). */
export async function writeInput(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'banmian-ingest-'))
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true })
    await writeFile(join(dir, name), content)
  }
  return dir
}

export const removeInput = (dir: string) => rm(dir, { recursive: true, force: true })

export function pagesOf(bodies: Iterable<IssueBody>): Page[] {
  return [...bodies].flatMap((b) => b.pages)
}

/** Every text a reader can see for a page, as the bundle stores it. */
export const pageTexts = (page: Page): string[] => pageSourceTexts(page)

/** Non-whitespace characters with their counts. */
export function charCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of texts) for (const ch of t.replace(/\s/gu, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  return counts
}

/** Characters of `expected` (with counts) that `actual` lacks. */
export function missingFrom(expected: string[], actual: string[]): Record<string, number> {
  const have = charCounts(actual)
  const missing: Record<string, number> = {}
  for (const [ch, n] of charCounts(expected)) if ((have.get(ch) ?? 0) < n) missing[ch] = n - (have.get(ch) ?? 0)
  return missing
}

/** Markdown heading markers are markup, not page text. */
export const withoutHeadingMarks = (text: string) => text.replace(/^[ \t]*#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1')
