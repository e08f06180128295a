import { describe, expect, it } from 'vitest'
import { readArticleInfo, readBreadcrumb } from './article-info'

describe('readArticleInfo', () => {
  it.each([
    ['某某日报 要闻    时间:2024年06月03日    来源:某某日报', { paper: '某某日报', date: '2024-06-03' }, []],
    ['• 2024年06月03日  来源:某某晚报', { date: '2024-06-03', paper: '某某晚报' }, []],
    ['刊发日期:2024-06-03 阅读次数: 作者:王小明  语音阅读:语音阅读', { date: '2024-06-03' }, ['王小明']],
    ['刊发日期:2024-06-03 阅读次数: 作者:  语音阅读:', { date: '2024-06-03' }, []],
    ['（ 2024-06-03 ） 稿件来源：某某日报 城市观察', { date: '2024-06-03', paper: '某某日报' }, []],
    ['作者: 来源:某某网 时间:2024-06-03', { date: '2024-06-03' }, []],
    ['发布日期:', {}, []],
    ['发布时间：2024-06-03 10:25  来源：某某网  浏览量：1,203', { date: '2024-06-03' }, []],
    ['2024年6月3日     收藏 打印 推荐 朗读 评论 更多功能', { date: '2024-06-03' }, []],
    ['编辑:王小明 点击数: 字号:', {}, []],
    ['發布時間:2024-06-03 來源:某某日報', { date: '2024-06-03', paper: '某某日報' }, []],
    ['日期:06-03', {}, []],
    ['日期:2024-06-03', { date: '2024-06-03' }, []],
    ['字号:', {}, []],
    ['王五 李小明 字数: 1500字', {}, ['王五', '李小明']],
    ['王小明 字数:', {}, ['王小明']],
    ['本文字数:476', {}, []],
  ])('reads %s as the site\'s line under a title', (line, fields, authors) => {
    const info = readArticleInfo(line)
    expect(info?.fields).toEqual(fields)
    expect(info?.authors.map((a) => a.name)).toEqual(authors)
  })

  it('reads an archive page’s record: the source with the time it was filed, the page and the column', () => {
    expect(readArticleInfo('稿源: 某某日报  | 2005-12-22 11:06:59')).toEqual({ fields: { paper: '某某日报', date: '2005-12-22' }, authors: [] })
    expect(readArticleInfo('来源:某某晚报     2021年04月18日        版次:A07    栏目:●随手拍    作者:王五')).toEqual({
      fields: { paper: '某某晚报', date: '2021-04-18', pageLabel: 'A7' },
      authors: [{ name: '王五', role: 'author' }],
    })
    expect(readArticleInfo('来源:某某晚报  版次:03  栏目:要闻')?.fields).toEqual({ paper: '某某晚报', pageNumber: 3 })
    expect(readArticleInfo('来源:某某晚报  栏目:B2组')?.fields).toEqual({ paper: '某某晚报' })
  })

  it('reads a date beside one of the site’s tools, its weekday left blank and the site that carried the article named', () => {
    expect(readArticleInfo('2008 年 12 月 3 日 星期    【打印】 某某网载文:')).toEqual({ fields: { date: '2008-12-03' }, authors: [] })
    expect(readArticleInfo('2008年12月3日 【打印】')).toEqual({ fields: { date: '2008-12-03' }, authors: [] })
    // A date and a word that is no tool of the site is no site line.
    expect(readArticleInfo('2008年12月3日 某某大桥通车：')).toBeUndefined()
  })

  it('leaves a caption\'s fields, a story\'s source note, a column name and prose alone', () => {
    for (const line of [
      '时间:6月3日上午',
      '地点:人民路天桥下',
      '来源:某某网',
      '（来源：某某网 2024年06月03日）',
      '评论',
      '收藏',
      '作者:某某大学教授、博士生导师、国家重点实验室主任',
      '时间：2024年6月3日，地点：市民中心。',
      '大桥建成通车 时间:2024年06月03日 来源:某某日报 读者热议',
      '延伸阅读:',
      '点击量:100万',
      '大桥建成通车 字数:1500字',
    ]) {
      expect(readArticleInfo(line), line).toBeUndefined()
    }
  })
})

describe('readBreadcrumb', () => {
  it('reads the paper and the page name from the path to the page', () => {
    expect(readBreadcrumb('logo 首頁 > 某某日報 > 體育 > 正文')).toEqual({ paper: '某某日報', pageName: '體育' })
    expect(readBreadcrumb('首页 > 某某晚报 > 2024-06-03 > 第A02版')).toEqual({ paper: '某某晚报', date: '2024-06-03', pageLabel: 'A2' })
    expect(readBreadcrumb('当前位置《某某网》 > 某某周刊> 第434期>第4版')).toEqual({ serial: 434, pageNumber: 4 })
    // A portal's path, its label worded politely and its colon set apart
    expect(readBreadcrumb('您当前的位置 : 某某新闻网  >  新闻中心  >  区县(市)')).toEqual({})
  })

  it('leaves a line that names no home, or prose, alone', () => {
    expect(readBreadcrumb('某某日报 > 体育 > 正文')).toBeUndefined()
    expect(readBreadcrumb('首页')).toBeUndefined()
    expect(readBreadcrumb('首页上线后，访问量 > 一万，用户说好。')).toBeUndefined()
  })
})
