import { describe, expect, it } from 'vitest'
import type { Warning } from '../schema/bundle'
import { assemble } from './issues'
import { ingestPage } from './page'
import { type PageRecord, toRecord } from './page-record'
import { readBodies } from './write'

const page = (file: string, text: string): PageRecord => {
  const { page: p } = ingestPage(file, new TextEncoder().encode(text))
  if (!p) throw new Error('no page')
  return toRecord(p)
}
const front = page('a.txt', '某某日报\n\n2024年5月6日 星期一 第1版\n\n大桥建成通车\n\n本报讯(记者 张三)大桥全长两公里，\n\n今天正式通车。(下转第2版)')
const second = page('b.txt', '---\npaper: 某某日报\ndate: 2024-05-06\npage: 2\n---\n大桥建成通车\n\n(上接第1版)通车后，两岸往来更方便。')
const otherDay = page('c.txt', '某某日报\n\n2024年5月7日 星期二 第1版\n\n新闻标题\n\n本报讯(记者 李四)今天天气很好。')

describe('assemble', () => {
  it('groups pages of the same paper and date into one issue ordered by page, newest issue first', () => {
    const { catalog } = assemble([second, otherDay, front], [])
    expect(catalog.papers.map((p) => p.name)).toEqual(['某某日报'])
    expect(catalog.issues.map((i) => [i.date, i.pages.map((p) => p.number)])).toEqual([
      ['2024-05-07', [1]],
      ['2024-05-06', [1, 2]],
    ])
  })

  it('links both halves of a continued story', () => {
    const { catalog, bodies } = assemble([front, second], [])
    const body = readBodies(bodies).get(catalog.issues[0]?.id ?? '')
    const [p1, p2] = body?.pages ?? []
    const from = p1?.articles.find((a) => a.continuedTo)
    const to = p2?.articles.find((a) => a.continuedFrom)
    expect(from?.continuedTo).toMatchObject({ page: 2, articleId: to?.id })
    expect(to?.continuedFrom).toMatchObject({ page: 1, articleId: from?.id })
  })

  it('gives ids that do not depend on which other files are present', () => {
    const ids = (drafts: PageRecord[]) => assemble(drafts, []).catalog.issues.flatMap((i) => i.pages.flatMap((p) => p.articles.map((a) => `${a.title}=${a.id}`)))
    const alone = ids([front])
    const withOthers = ids([otherDay, front, second])
    for (const id of alone) expect(withOthers).toContain(id)
    expect(ids([front, second])).toEqual(ids([second, front]))
    expect(alone.every((entry) => (entry.split('=')[1] ?? '').length <= 12)).toBe(true)
  })

  it('warns when two files claim the same paper, date and page and keeps both', () => {
    const warnings: Warning[] = []
    const copy = page('d.txt', '某某日报\n\n2024年5月6日 星期一 第1版\n\n另一条新闻\n\n本报讯(记者 王五)内容不同。')
    const { catalog } = assemble([front, copy], warnings)
    expect(catalog.issues[0]?.pages).toHaveLength(2)
    expect(warnings.some((w) => w.file === 'd.txt' && w.message.includes('第 1 版'))).toBe(true)
  })

  it('keeps undated pages of unknown papers as separate issues with an inferred paper', () => {
    const undated = page('e.txt', '村里修了新路\n\n本报讯(记者 赵六)我区某某村修通了新路。柯城区交通局表示，柯城将继续推进。柯城加油。')
    const { catalog } = assemble([undated], [])
    expect(catalog.issues[0]).toMatchObject({ dateInferred: true })
    expect(catalog.papers[0]).toMatchObject({ nameInferred: true, locality: '柯城区' })
  })
})
