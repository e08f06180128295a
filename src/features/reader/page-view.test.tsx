import { fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureContent, fixtureFiles, fixtureFilesWithArticle, renderApp } from '../../../test/render-app'

const PAGE_1 = '/issues/qzrb-20241130/pages/1'
const ISSUE = 'qzrb-20241130'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('page view', () => {
  it('sets the masthead like a printed paper', async () => {
    renderApp(PAGE_1)
    const masthead = (await screen.findByRole('heading', { level: 1, name: /^衢州日报/ })).closest('header')!
    const text = masthead.textContent
    for (const part of ['2024年11月30日', '星期六', '农历甲辰年十月三十', '今日4版', '总第13355期', '第1版', '要闻', '责任编辑 王晓']) {
      expect(text).toContain(part)
    }
    // Nothing on this page was inferred.
    expect(within(masthead).queryByText('推断')).toBeNull()
  })

  it('marks inferred fields as 推断, with the basis on hover', async () => {
    renderApp('/issues/kcxw-20241202/pages/1')
    const marks = await screen.findAllByText('推断')
    const titles = marks.map((m) => m.getAttribute('title'))
    expect(titles).toContain('推断:版面未印报名,据正文“团区委”“柯城”推断为柯城地方版')
    expect(titles).toContain('推断:据正文“近日”及文件顺序推断')
  })

  it('shows an unnamed paper as unnamed, with the reason in small type, never as a nameplate', async () => {
    const content = fixtureContent()
    const reason = '版面未印报名，元数据与文件路径也未给出'
    Object.assign(content.catalog.papers.find((p) => p.id === 'kecheng')!, { name: '未署名报纸', edition: undefined, nameInferred: false, unnamed: reason })
    renderApp('/issues/kcxw-20241202/pages/1', fixtureFiles(content))
    const heading = await screen.findByRole('heading', { level: 1, name: /^未署名报纸/ })
    expect(heading.className).not.toMatch(/text-6xl/)
    expect(within(heading.closest('header')!).getByText(reason)).toBeTruthy()
    expect(document.title).toContain('未署名报纸(柯城)')
  })

  it('links teasers to the page they point to and continuations to the other half', async () => {
    renderApp(PAGE_1)
    expect((await screen.findByRole('link', { name: '详见今日第四版 →' })).getAttribute('href')).toBe('/issues/qzrb-20241130/pages/4')
    expect(screen.getByRole('link', { name: '(下转第四版)' }).getAttribute('href')).toBe('/articles/a4rnd')
  })

  it('gives every item on the page (story, teaser, photo, ad) a headline one level under the page’s, never skipping one', async () => {
    const { container } = renderApp(PAGE_1)
    await screen.findByRole('link', { name: '详见今日第四版 →' })
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]))
    expect(levels[0]).toBe(1)
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1))
    const teaser = container.querySelector('[data-kind="teaser"]')!
    expect(within(teaser as HTMLElement).getByRole('heading', { level: 2 })).toBeTruthy()
  })

  it('names but does not link a page the collection does not hold', async () => {
    const content = fixtureContent()
    const teaser = content.bodies.get(ISSUE)!.pages[0]!.articles.find((a) => a.kind === 'teaser')!
    Object.assign(teaser, { refersToPage: 3, refersToText: '详见今日第三版' })
    renderApp(PAGE_1, fixtureFiles(content))
    const ref = await screen.findByText('详见今日第三版 →')
    expect(ref.closest('a')).toBeNull()
    expect(ref.textContent).toContain('(该版未收录)')
  })

  it('shows photos as captioned figures, unclassified text muted, and navigation for pages and headlines', async () => {
    const { container } = renderApp(PAGE_1)
    const figure = (await screen.findByText(/市民在衢州市区信安湖畔跑步健身/, { selector: 'figcaption' })).closest('figure')!
    expect(figure.textContent).toContain('记者 陈志元 摄')
    expect(container.querySelector('[data-kind=unclassified]')?.textContent).toContain('本版责任编辑 王晓')
    const pageNav = screen.getByRole('navigation', { name: '版面导航' })
    expect(within(pageNav).getByRole('link', { name: '第1版 要闻' }).getAttribute('aria-current')).toBe('page')
    const headlineNav = screen.getByRole('navigation', { name: '标题导航' })
    expect(within(headlineNav).getByRole('link', { name: '高屹率团赴韩国开展经贸考察访问' }).getAttribute('href')).toBe('/articles/a1gaoyi')
    // The nameplate is the masthead's job, not a story.
    expect(container.querySelector('[data-kind=masthead]')).toBeNull()
    expect(screen.getByRole('link', { name: '下一版 第4版 →' }).getAttribute('href')).toBe('/issues/qzrb-20241130/pages/4')
  })

  it('renders markup in the text as text, never as HTML', async () => {
    const content = fixtureContent()
    const story = content.bodies.get(ISSUE)!.pages[0]!.articles.find((a) => a.id === 'a1gaoyi')!
    story.title = '<script>window.pwned = true</script>标题'
    story.paragraphs = ['<img src=x onerror="window.pwned = true">正文<b>粗</b>']
    const { container } = renderApp(PAGE_1, fixtureFiles(content))

    expect(await screen.findByRole('heading', { name: '<script>window.pwned = true</script>标题' })).toBeTruthy()
    expect(screen.getByText('<img src=x onerror="window.pwned = true">正文<b>粗</b>')).toBeTruthy()
    expect(container.querySelector('script, img, b')).toBeNull()
    expect((window as { pwned?: boolean }).pwned).toBeUndefined()
  })

  describe('a story with subheads', () => {
    const files = () =>
      fixtureFilesWithArticle(ISSUE, 'a1gaoyi', {
        paragraphs: ['11月26日至29日，市委书记高屹率团赴韩国考察。', '从被动到主动', '记者：此行有何收获？', '方世忠参加。'],
        subheads: [1, 2],
      })
    const story = async () => (await screen.findByRole('heading', { level: 2, name: '高屹率团赴韩国开展经贸考察访问' })).closest('article')!

    it('sets them as headings one level below the story’s headline, and the body as paragraphs', async () => {
      renderApp(PAGE_1, files())
      const article = await story()
      expect(within(article).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['从被动到主动', '记者：此行有何收获？'])
      const body = within(article).getByText('方世忠参加。')
      expect(body.tagName).toBe('P')
      expect(body.closest('h3')).toBeNull()
      // The page view has no paragraph anchors; the page's other stories are untouched.
      expect(article.querySelector('[id^=p]')).toBeNull()
      const other = screen.getByRole('heading', { level: 2, name: '柯城赋能创新发展“动力源”' }).closest('article')!
      expect(within(other).queryAllByRole('heading', { level: 3 })).toEqual([])
    })

    it('finds subhead text with 本版查找, and j/k still step between headlines only', async () => {
      renderApp(PAGE_1, files())
      await story()
      fireEvent.change(within(screen.getByRole('search', { name: '本版查找' })).getByRole('searchbox'), { target: { value: '被动' } })
      expect(await screen.findByText('1 / 1')).toBeTruthy()

      fireEvent.keyDown(document.body, { key: 'j' })
      fireEvent.keyDown(document.body, { key: 'j' })
      expect(document.activeElement?.textContent).toBe('柯城赋能创新发展“动力源”')
    })
  })

  describe('a long story', () => {
    const opening = '11月26日至29日,市委书记高屹率团赴韩国考察。'.repeat(8)
    const files = () =>
      fixtureFilesWithArticle(ISSUE, 'a1rnd', {
        paragraphs: [opening, '第二段'.repeat(60), '末段收尾的话。'.repeat(20)],
      })
    const story = async () => (await screen.findByRole('heading', { level: 2, name: '柯城赋能创新发展“动力源”' })).closest('article')!

    it('shows its opening, then 阅读全文 to the article; the rest stays in the page, hidden', async () => {
      renderApp(PAGE_1, files())
      const article = await story()
      const more = within(article).getByRole('link', { name: /^阅读全文/ })
      expect(more.getAttribute('href')).toBe('/articles/a1rnd')
      const [first, ...rest] = article.querySelectorAll('p.indent-\\[2em\\]')
      expect(first!.className).not.toMatch(/\bhidden\b/)
      expect(rest.length).toBe(2)
      for (const p of rest) expect(p.className).toMatch(/\bhidden\b/)
    })

    it('is shown whole while 本版查找 has text, so every match can be seen', async () => {
      renderApp(PAGE_1, files())
      const article = await story()
      fireEvent.change(within(screen.getByRole('search', { name: '本版查找' })).getByRole('searchbox'), { target: { value: '收尾' } })
      await vi.waitFor(() => expect(within(article).queryByRole('link', { name: /^阅读全文/ })).toBeNull())
      for (const p of article.querySelectorAll('p')) expect(p.className).not.toMatch(/\bhidden\b/)
    })

    it('draws OCR half-width punctuation full-width, and 本版查找 still finds the text as stored', async () => {
      renderApp(PAGE_1, files())
      const article = await story()
      expect(article.textContent).toContain('11月26日至29日，市委书记')
      expect(article.textContent).not.toContain('29日,市委')
      // The stored form and the shown form find the same places: the eight in this story and one in the lead.
      const find = within(screen.getByRole('search', { name: '本版查找' })).getByRole('searchbox')
      for (const needle of ['29日,市委', '29日，市委']) {
        fireEvent.change(find, { target: { value: needle } })
        await vi.waitFor(() => expect(screen.getByTestId('find-count').textContent).toBe('1 / 9'))
      }
    })
  })
})
