import { describe, expect, it } from 'vitest'
import { ingestPage } from './page'

const warnings = (text: string) => ingestPage('p.txt', new TextEncoder().encode(text)).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)

describe('warnings where the page steps fell back', () => {
  it('names the lines of text kept unclassified', () => {
    const w = warnings(['市民纷纷前来散步，孩子们在草坪上奔跑。', '', '城南新建三座口袋公园', '', '本报讯 公园正式开放。'].join('\n'))
    expect(w).toContainEqual('p.txt:1: 第1行未能归类（无标题的正文或版面杂项），已原样保留为未分类文本')
  })

  it('names a story that has a headline and byline but no body', () => {
    const w = warnings(['城南新建三座口袋公园', '本报记者 张三', '', '', '', '老街改造工程启动', '', '本报讯 老街改造工程昨日启动。'].join('\n'))
    expect(w).toContainEqual('p.txt:1: 稿件「城南新建三座口袋公园」只有标题和署名，没有正文：请核对是否与上下文断开')
  })

  it('names a story kept without a headline, but not the continued half of one', () => {
    const prose = '某县举办农民丰收节，来自各乡镇的农户带来了自家种植的稻谷和蔬菜。现场人头攒动，热闹非凡。'
    const w = warnings(['某某日报', '', '2024年6月3日 星期一 第1版', '', '本报讯 11月25日，县领导到县融媒体中心调研。', '', '城南新建公园', '', '本报讯 公园正式开放。', '', `（上接第1版）${prose}${prose}`].join('\n'))
    expect(w).toEqual(['p.txt:5: 第5行起的稿件没有找到标题，已作为无题稿件保留：请核对标题是否与上下文断开'])
  })

  it('names a headline with nothing under it', () => {
    const w = warnings(['某某日报', '', '2024年6月3日 星期一 第1版', '', '城南新建公园', '', '本报讯 公园正式开放。', '', '', '', '奋进新征程 建功新时代'].join('\n'))
    expect(w).toEqual(['p.txt:11: 「奋进新征程 建功新时代」下没有正文，已作为单独的标题行保留：请核对是否为标语，或与上下文断开'])
  })

  it('names a masthead line it read nothing from, with its own line number', () => {
    const w = warnings(['某某日报', '', '掌上某某客户端', '', '2024年6月3日 星期一', '', '城南新建公园', '', '本报讯 公园正式开放。'].join('\n'))
    expect(w).toEqual(['p.txt:3: 报头行「掌上某某客户端」未能读出任何元数据，已作为版面杂项保留'])
  })

  it('says nothing of a page read without fallbacks', () => {
    expect(warnings(['某某日报', '', '2024年6月3日 星期一 第1版', '', '城南新建公园', '', '本报讯 公园正式开放，市民纷纷前来。'].join('\n'))).toEqual([])
  })
})
