import { describe, expect, it } from 'vitest'
import { articleCitation, articleLabel, isoDay, pageLabelOf } from './format'

const accessed = new Date(2025, 0, 5)
const base = {
  paperName: '衢州日报',
  issue: { date: '2024-11-30' },
  pageNo: '1',
  url: 'https://example.org/articles/a1gaoyi',
  accessed,
}

describe('articleCitation', () => {
  it('cites an article in the GB/T 7714 newspaper style on one line', () => {
    const article = {
      kind: 'news' as const,
      title: '高屹率团赴韩国开展经贸考察访问',
      authors: [
        { name: '王晓', role: 'reporter' as const },
        { name: '李明', role: 'editor' as const },
      ],
      paragraphs: [],
    }
    expect(articleCitation({ ...base, article })).toBe(
      '王晓. 高屹率团赴韩国开展经贸考察访问[N/OL]. 衢州日报, 2024-11-30(1)[2025-01-05]. https://example.org/articles/a1gaoyi.',
    )
  })

  it('adds the subtitle, shortens long author lists and copes with unknown dates', () => {
    const article = {
      kind: 'news' as const,
      title: '柯城赋能创新发展',
      subtitle: '——全社会研发投入排全市第一',
      authors: ['甲', '乙', '丙', '丁'].map((name) => ({ name, role: 'reporter' as const })),
      paragraphs: [],
    }
    const line = articleCitation({ ...base, article, issue: {}, pageNo: '4' })
    expect(line).toBe(
      '甲, 乙, 丙, 等. 柯城赋能创新发展:全社会研发投入排全市第一[N/OL]. 衢州日报, 出版日期不详(4)[2025-01-05]. https://example.org/articles/a1gaoyi.',
    )
    expect(line).not.toContain('\n')
  })
})

describe('articleLabel', () => {
  it('names an untitled article by the first words of its text, never by a subhead', () => {
    const article = { kind: 'news' as const, title: '', paragraphs: ['一、加强基层治理', '各地要把基层治理摆在突出位置，推动资源下沉、服务下移。'], subheads: [0] }
    expect(articleLabel(article)).toBe('各地要把基层治理摆在突出位置，推动资源下沉、服务…')
    expect(articleLabel({ ...article, subheads: undefined })).toBe('一、加强基层治理')
    expect(articleLabel({ ...article, paragraphs: ['问：下一步有何打算？'] })).toBe('消息')
    expect(articleLabel({ ...article, title: '高屹率团赴韩国开展经贸考察访问' })).toBe('高屹率团赴韩国开展经贸考察访问')
  })
})

describe('isoDay', () => {
  it('pads month and day', () => {
    expect(isoDay(accessed)).toBe('2025-01-05')
  })
})

describe('pageLabelOf', () => {
  it('names a page by its printed label or number, and never by a guess', () => {
    expect(pageLabelOf({ label: 'B2' })).toBe('第B2版')
    expect(pageLabelOf({ number: 3 })).toBe('第3版')
    expect(pageLabelOf({})).toBe('版次不详')
  })
})
