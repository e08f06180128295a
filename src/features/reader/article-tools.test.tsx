import { fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Article, IssueSummary } from '@/schema/bundle'
import { ArticleTools } from './article-tools'

const article: Article = {
  id: 'a1b2c3d4',
  kind: 'news',
  title: '衢州新闻',
  authors: [],
  paragraphs: ['正文。'],
  places: [],
  source: { file: 'x.txt', startLine: 1, endLine: 2 },
}
const issue = { id: 'qzrb-20241130', paperId: 'qzrb', date: '2024-11-30', dateInferred: false, body: 'x', pages: [] } satisfies IssueSummary

describe('ArticleTools', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('shows a QR code of the link, keeping the marked text and the paragraph, and hides it again', async () => {
    window.history.replaceState(null, '', `/articles/${article.id}?hl=%E8%A1%A2%E5%B7%9E#p2`)
    render(<ArticleTools article={article} issue={issue} paperName="衢州日报" pageNo="第1版" />)
    const button = screen.getByRole('button', { name: '二维码' })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(button)
    const code = await screen.findByRole('img', { name: '本文链接的二维码' })
    expect(code.querySelector('path')?.getAttribute('d')).toMatch(/^(M\d+ \d+h1v1h-1z)+$/)
    expect(screen.getByText(/用手机扫码阅读/).textContent).toContain(`/articles/${article.id}?hl=%E8%A1%A2%E5%B7%9E#p2`)
    expect(button.getAttribute('aria-expanded')).toBe('true')
    fireEvent.click(button)
    expect(screen.queryByRole('img', { name: '本文链接的二维码' })).toBeNull()
  })
})
