import { describe, expect, it } from 'vitest'
import { wordBreaks } from '../lib/typeset'
import { articleDraft } from './article'
import { ingestPage, type PageDraft } from './page'
import { toRecord } from './page-record'

const draft = (text: string): PageDraft => {
  const { page } = ingestPage('a.txt', new TextEncoder().encode(text))
  if (!page) throw new Error('no page')
  return page
}
const members = (content: Uint8Array, ends: number[], i: number) =>
  JSON.parse(`{${new TextDecoder().decode(content.subarray(ends[i - 1] ?? 0, ends[i]))}}`) as Record<string, unknown>

describe('toRecord', () => {
  const page = draft('某某日报\n\n2024年5月6日 星期一 第1版\n\n大桥建成通车\n\n本报讯(记者 张三)衢州市柯城区的大桥全长两公里，\n\n今天正式通车。(下转第2版)')

  it('keeps each article’s content as JSON bytes, text intact, without the members the assembly adds', () => {
    const record = toRecord(page)
    expect(record.ends).toHaveLength(page.articles.length)
    page.articles.forEach((a, i) => {
      const m = members(record.content, record.ends, i)
      expect(m).toMatchObject({ kind: a.kind, title: a.title, paragraphs: a.paragraphs, authors: a.authors })
      expect(Object.keys(m)).not.toContain('id')
      expect(Object.keys(m)).not.toContain('continuedTo')
      expect(Object.keys(m)).not.toContain('startLine')
    })
  })

  it('hands the assembly what it needs to name, link and list each article', () => {
    const record = toRecord(page)
    const story = record.articles.find((a) => a.title === '大桥建成通车')
    expect(story).toMatchObject({ kind: 'news', continuedTo: { page: 2 }, lead: '' })
    expect(story?.places[0]).toBe(page.articles.find((a) => a.title === '大桥建成通车')?.places.find((p) => p.main)?.code)
    const untitled = toRecord({ ...page, articles: [articleDraft({ kind: 'unclassified', title: '', authors: [], paragraphs: ['无题的一段文字'], startLine: 1, endLine: 1 })] })
    expect(untitled.articles[0]?.lead).toBe('无题的一段文字')
  })

  it('gives each headline its word breaks, so the reader never loads a segmenter', () => {
    const record = toRecord(page)
    const i = page.articles.findIndex((a) => a.title === '大桥建成通车')
    expect(members(record.content, record.ends, i).breaks).toEqual({ title: wordBreaks('大桥建成通车') })
    expect(wordBreaks('大桥建成通车').length).toBeGreaterThan(0)
  })

  it('owns its bytes, so a worker can transfer them', () => {
    const record = toRecord(page)
    expect(record.content.byteOffset).toBe(0)
    expect(record.content.buffer.byteLength).toBe(record.content.byteLength)
  })

  it('refuses content the bundle schema rejects', () => {
    const bad = articleDraft({ kind: 'news', title: '标题', authors: [{ name: '', role: 'reporter' }], paragraphs: [], startLine: 1, endLine: 1 })
    expect(() => toRecord({ ...page, articles: [bad] })).toThrow()
  })
})
