// Printers' conventions that decide where a story begins and ends and which line is its headline, on pages made up in
// the style of real ones.
import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'

const articlesOf = (text: string) => restitchAcrossArticles(segment(toUnits(text)).map(buildArticle)).filter((a) => a.kind !== 'masthead')

describe('Markdown headings', () => {
  it('reads a lower heading right above a higher one as its kicker, and two headings of one level as two stories', () => {
    const page = [
      '## 某某运动会在某市开幕',
      '',
      '# “这一刻我等了很久”',
      '',
      '本报记者  张三',
      '',
      '运动员们早早来到赛场。',
      '',
      '# 某某宣传月启动',
      '',
      '# 某某展览开幕',
      '',
      '本报讯 展览昨日开幕。',
    ].join('\n')
    expect(articlesOf(page).map((a) => [a.kicker, a.title])).toEqual([
      ['某某运动会在某市开幕', '“这一刻我等了很久”'],
      [undefined, '某某宣传月启动'],
      [undefined, '某某展览开幕'],
    ])
  })
})
