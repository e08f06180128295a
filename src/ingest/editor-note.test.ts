import { describe, expect, it } from 'vitest'
import { buildArticle } from './article'
import { toUnits } from './blocks'
import { isEditorNoteLabel, isEditorSignature } from './editor-note'
import { restitchAcrossArticles } from './restitch'
import { segment } from './segment'

const articlesOf = (text: string) => restitchAcrossArticles(segment(toUnits(text)).map((d) => buildArticle(d))).filter((a) => a.kind !== 'masthead')

describe('editor\'s note lines', () => {
  it.each(['编者按', '编者按：', '【编者按】', '编 者 按', '编者的话', '编后语'])('%s is an editor\'s note label', (line) => expect(isEditorNoteLabel(line)).toBe(true))
  it.each(['编者按语很长的一句话', '编辑部来信'])('%s is not', (line) => expect(isEditorNoteLabel(line)).toBe(false))
  it.each(['——编者', '——编  者', '—— 本报编辑部'])('%s is an editor\'s signature', (line) => expect(isEditorSignature(line)).toBe(true))
  it.each(['——记者手记', '编者'])('%s is not', (line) => expect(isEditorSignature(line)).toBe(false))
})

describe('an editor\'s note in a package', () => {
  it('takes the package headline set above the pictures; the label stays as the note\'s first line', () => {
    const page = ['喜迎国庆 共建美好家园', '', '街道在天桥处打造绿雕景观。', '', '编者按', '', '国庆将至，大街小巷红旗飘扬，一派喜庆景象。', '', '绿雕扮靓城市道路', '', '本报讯（记者 张三）近日，街道打造了绿雕景观。']
    const articles = articlesOf(page.join('\n'))
    expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['', ['街道在天桥处打造绿雕景观。']],
      ['喜迎国庆 共建美好家园', ['编者按', '国庆将至，大街小巷红旗飘扬，一派喜庆景象。']],
      ['绿雕扮靓城市道路', ['近日，街道打造了绿雕景观。']],
    ])
  })

  it('keeps its label as the title when the headline above heads a story of its own', () => {
    const page = ['城南新建口袋公园', '', '本报讯（记者 张三）近日，城南街道新建的三座口袋公园正式向市民开放，市民纷纷前来散步健身，周边居民拍手称好。', '', '编者按', '', '国庆将至，大街小巷红旗飘扬。']
    expect(articlesOf(page.join('\n')).map((a) => a.title)).toEqual(['城南新建口袋公园', '编者按'])
  })

  it('signed ——编者 under the package headline stays in the package, on its own line', () => {
    const page = ['荒漠治理用上新技术', '', '近年来，各地推动一批新技术落地见效。', '', '——编  者', '', '导根筒引导树根找水', '', '本报记者  张三', '', '这原本是一根塑料管。']
    const articles = articlesOf(page.join('\n'))
    expect(articles.map((a) => [a.title, a.paragraphs])).toEqual([
      ['荒漠治理用上新技术', ['近年来，各地推动一批新技术落地见效。', '——编  者']],
      ['导根筒引导树根找水', ['这原本是一根塑料管。']],
    ])
  })
})
