import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Headline } from './headline'

describe('Headline', () => {
  it('sets 引题 above 主题 above 副题, with only the title as a heading', () => {
    const { container } = render(
      <Headline article={{ id: 'a1', kicker: '研发经费投入总量强度双提升', title: '柯城赋能创新发展', subtitle: '全社会研发投入排全市第一' }} as="h1" size="article" />,
    )
    const parts = [...container.querySelectorAll('[data-part]')].map((el) => [el.getAttribute('data-part'), el.textContent])
    expect(parts).toEqual([
      ['kicker', '研发经费投入总量强度双提升'],
      ['title', '柯城赋能创新发展'],
      ['subtitle', '全社会研发投入排全市第一'],
    ])
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('柯城赋能创新发展')
    expect(screen.getAllByRole('heading')).toHaveLength(1)
  })

  it('sizes the title above the subtitle and the subtitle above the kicker', () => {
    const { container } = render(<Headline article={{ id: 'a1', kicker: '引', title: '主', subtitle: '副' }} size="lead" />)
    const cls = (part: string) => container.querySelector(`[data-part=${part}]`)!.className
    expect(cls('kicker')).toContain('text-sm')
    expect(cls('subtitle')).toContain('text-lg')
    expect(cls('title')).toMatch(/text-2xl/)
  })

  it('leaves out the parts a headline does not have', () => {
    const { container } = render(<Headline article={{ id: 'a1', title: '只有主题' }} />)
    expect(container.querySelector('[data-part=kicker]')).toBeNull()
    expect(container.querySelector('[data-part=subtitle]')).toBeNull()
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('只有主题')
  })

  it('offers line breaks only between words, and shows OCR half-width punctuation full-width', () => {
    const { container } = render(<Headline article={{ id: 'a1', title: '高屹率团赴韩国开展经贸考察访问,成果丰硕' }} />)
    const title = container.querySelector('[data-part=title]')!
    expect(title.textContent).toBe('高屹率团赴韩国开展经贸考察访问，成果丰硕')
    // The text between two <wbr> is one unbreakable run: 韩国 and 开展 are never cut.
    const runs = title.innerHTML.split('<wbr>')
    expect(runs.length).toBeGreaterThan(3)
    expect(runs.some((run) => run.endsWith('韩国'))).toBe(true)
    expect(runs.some((run) => run.startsWith('开展'))).toBe(true)
    expect(runs.every((run) => !run.startsWith('，'))).toBe(true)
  })

  it('marks ?hl= on the characters it names, across word breaks', () => {
    const { container } = render(<Headline article={{ id: 'a1', title: '会议:通过决议' }} highlight="议:通" />)
    expect(container.querySelector('mark')!.textContent).toBe('议：通')
  })

  it('breaks where the bundle says, part by part, and nowhere else', () => {
    const article = { id: 'a1', kicker: '甲乙丙丁', title: '高屹率团赴韩国', subtitle: '成果丰硕', breaks: { kicker: [2], title: [2, 4] } }
    const { container } = render(<Headline article={article} />)
    const runs = (part: string) => container.querySelector(`[data-part=${part}]`)!.innerHTML.split('<wbr>')
    expect(runs('kicker')).toEqual(['甲乙', '丙丁'])
    expect(runs('title')).toEqual(['高屹', '率团', '赴韩国'])
    // A part the bundle gives no breaks for has none: the reader does not ask the segmenter.
    expect(runs('subtitle')).toEqual(['成果丰硕'])
  })
})
