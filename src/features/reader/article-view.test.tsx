import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureFilesWithArticle, renderApp } from '../../../test/render-app'

// A feature with 小标题 and a Q&A question line among its paragraphs.
const FEATURE = {
  paragraphs: ['11月26日至29日，市委书记高屹率团赴韩国考察。', '一、加强基层治理', '各地要把基层治理摆在突出位置。', '问：下一步有何打算？', '答：抓好项目落地。'],
  subheads: [1, 3],
}
const featureFiles = () => fixtureFilesWithArticle('qzrb-20241130', 'a1gaoyi', FEATURE)
const story = async () => (await screen.findByRole('heading', { level: 1, name: '高屹率团赴韩国开展经贸考察访问' })).closest('article')!

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('article view', () => {
  it('shows the story’s subheads as headings below its title, and the rest as paragraphs', async () => {
    renderApp('/articles/a1gaoyi', featureFiles())
    const article = await story()
    const subheads = within(article).getAllByRole('heading', { level: 2 })
    // Named by their text alone: the ¶ paragraph link inside is hidden from assistive technology.
    const named = ['一、加强基层治理', '问：下一步有何打算？'].map((name) => within(article).getByRole('heading', { level: 2, name }))
    expect(subheads).toEqual(named)
    for (const text of ['各地要把基层治理摆在突出位置。', '答：抓好项目落地。']) {
      const paragraph = within(article).getByText(text)
      expect(paragraph.tagName).toBe('P')
      expect(paragraph.closest('h1, h2, h3, h4')).toBeNull()
    }
  })

  it('counts subheads among the #p paragraph anchors', async () => {
    const { container } = renderApp('/articles/a1gaoyi#p4', featureFiles())
    await story()
    const anchored = [...container.querySelectorAll('[id^=p]')].filter((el) => /^p\d+$/.test(el.id))
    expect(anchored.map((el) => [el.id, el.tagName])).toEqual([
      ['p1', 'P'],
      ['p2', 'H2'],
      ['p3', 'P'],
      ['p4', 'H2'],
      ['p5', 'P'],
    ])
    expect(container.querySelector('#p4')?.textContent).toContain('问：下一步有何打算？')
    expect(container.querySelector('a[href="#p4"]')?.closest('h2')).toBe(container.querySelector('#p4'))
  })

  it('marks ?hl= text inside a subhead and counts it', async () => {
    const { container } = renderApp(`/articles/a1gaoyi?hl=${encodeURIComponent('基层治理')}`, featureFiles())
    await story()
    const marks = [...container.querySelectorAll('mark')]
    expect(marks.map((m) => m.closest('h2, p')?.tagName)).toEqual(['H2', 'P'])
    expect(screen.getByText('已标出“基层治理”2处')).toBeTruthy()
  })

  it('renders a subhead’s markup as text, never as HTML', async () => {
    const files = fixtureFilesWithArticle('qzrb-20241130', 'a1gaoyi', { paragraphs: ['<b>一、</b>加强<img src=x>', '正文。'], subheads: [0] })
    const { container } = renderApp('/articles/a1gaoyi', files)
    const article = await story()
    expect(within(article).getByRole('heading', { level: 2 }).textContent).toContain('<b>一、</b>加强<img src=x>')
    expect(container.querySelector('article b, article img')).toBeNull()
  })

  it('renders an article without subheads as before: only the title is a heading', async () => {
    const { container } = renderApp('/articles/a1gaoyi')
    const article = await story()
    expect(within(article).getAllByRole('heading').map((h) => h.tagName)).toEqual(['H1'])
    expect(['p1', 'p2', 'p3'].map((id) => container.querySelector(`#${id}`)?.tagName)).toEqual(['P', 'P', 'P'])
    expect(container.querySelector('#p4')).toBeNull()
  })
})
