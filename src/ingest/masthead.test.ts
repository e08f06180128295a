import { describe, expect, it } from 'vitest'
import { isMetaLine, readMetaLine, readNameplate, readPageAlone, readPaperPrefix } from './masthead'

describe('readMetaLine: the publisher’s line', () => {
  it('reads 国内统一刊号, a number with its area code in brackets, and each desk’s line as metadata', () => {
    expect(readMetaLine('国内统一刊号:CN65-0012 某某日报社出版党报热线:(0997)2142110')).toEqual({
      fields: { cn: 'CN65-0012', publisher: '某某日报社出版', hotline: '(0997)2142110' },
      rest: '',
    })
    expect(isMetaLine('广告热线:(0997)2122100 2135001订阅热线:(0997)2120100')).toBe(true)
    expect(isMetaLine('热线电话打不通，市民很着急')).toBe(false)
  })
})

describe('readMetaLine: a masthead of year and month·day, its lunar date without 农历, and its duty staff', () => {
  it('reads the date, the lunar date and who governs the paper', () => {
    expect(readMetaLine('2024 2·1 今日16版 星期四 癸卯年十二月廿二')).toEqual({
      fields: { date: '2024-02-01', weekday: '星期四', lunarDate: '癸卯年十二月廿二', pagesToday: 16 },
      rest: '',
    })
    expect(readMetaLine('中共某某市委主管主办 某某日报社出版 总第15000期').fields).toMatchObject({ organ: '中共某某市委主管主办', serial: 15000 })
    // A page name with a day in it is no date (第A10版：11·8记者节), nor is prose with a year in it.
    expect(readMetaLine('1998年某某厂改制').fields.lunarDate).toBeUndefined()
  })

  it('reads a line of the night’s duty staff, several names to a label, to its end', () => {
    expect(readMetaLine('总值班:某甲 值班主任:某乙 某丙 首席编辑:某丁 美编:某戊 校对:某己 本报常年法律顾问:某庚 某辛').rest).toBe('')
  })
})

describe('readMetaLine: a running head of a lettered label, zero-padded, and the page’s name', () => {
  it('reads the label and the name, and takes a headline opening with a code for none', () => {
    expect(readMetaLine('A06 某某为你寄思念')).toEqual({ fields: { pageLabel: 'A6', pageName: '某某为你寄思念' }, rest: '' })
    expect(isMetaLine('B03　城市新闻')).toBe(true)
    expect(isMetaLine('G20 峰会开幕')).toBe(false)
    expect(isMetaLine('A06 某某为你寄思念，欢迎参与')).toBe(false)
  })
})

describe('readMetaLine: a page named for a day', () => {
  it('reads a page name opening with a day in figures (第A10版：11·8记者节), not a date after the page', () => {
    expect(readMetaLine('第A10版：11·8记者节').fields).toMatchObject({ pageLabel: 'A10', pageName: '11·8记者节' })
    expect(readMetaLine('第3版 2024年5月1日').fields).toEqual({ pageNumber: 3, date: '2024-05-01' })
  })
})

describe('readMetaLine: page labels of two letters and names with a number', () => {
  it('reads a section of two letters (第AA03版) and a page name ending in Latin letters and a number (某某地铁NO.1)', () => {
    expect(readMetaLine('第AA03版:时政新闻').fields).toEqual({ pageLabel: 'AA3', pageName: '时政新闻' })
    expect(readMetaLine('第T07版:城市地铁NO.1').fields).toEqual({ pageLabel: 'T7', pageName: '城市地铁NO.1' })
    // A page of two sections names both with a slash.
    expect(readMetaLine('第A09版:城事/相拍报').fields).toEqual({ pageLabel: 'A9', pageName: '城事/相拍报' })
    expect(readMetaLine('第T07版:城市地铁NO.1 上一版 下一版').fields).toMatchObject({ pageLabel: 'T7', pageName: '城市地铁NO.1' })
  })
})

describe('readMetaLine', () => {
  it('reads a full date line', () => {
    expect(readMetaLine('2023年5月6日 星期六 农历癸卯年三月十七 今日8版 总第1234期').fields).toEqual({
      date: '2023-05-06',
      weekday: '星期六',
      lunarDate: '癸卯年三月十七',
      pagesToday: 8,
      serial: 1234,
    })
  })

  it('reads full-width digits, CN numbers, page number with page name, editor and phone', () => {
    expect(readMetaLine('２０２４年１２月３日').fields.date).toBe('2024-12-03')
    expect(readMetaLine('某某传媒中心出版 国内统一连续出版物号：CN 33－0099').fields).toMatchObject({ cn: 'CN 33-0099', publisher: '某某传媒中心出版' })
    expect(readMetaLine('第2版 要闻').fields).toMatchObject({ pageNumber: 2, pageName: '要闻' })
    expect(readMetaLine('第十二版').fields.pageNumber).toBe(12)
    expect(readMetaLine('责任编辑：林某 电话：8070805').fields).toMatchObject({ editor: '林某', phone: '8070805' })
  })

  it('reads lettered pages of papers printed in sections (A叠, B叠) as a label, not a number', () => {
    expect(readMetaLine('第A2版：要闻　责任编辑：王小明').fields).toEqual({ pageLabel: 'A2', pageName: '要闻', editor: '王小明' })
    expect(readMetaLine('B1版 城市').fields).toEqual({ pageLabel: 'B1', pageName: '城市' })
    expect(readMetaLine('第Ａ１２版').fields).toEqual({ pageLabel: 'A12' })
    expect(readMetaLine('第 C 03 版').fields).toEqual({ pageLabel: 'C3' })
    expect(readMetaLine('第3版：要闻').fields).toEqual({ pageNumber: 3, pageName: '要闻' })
    expect(readMetaLine('2024年3月5日 星期二 03版 要闻').fields).toEqual({ date: '2024-03-05', weekday: '星期二', pageNumber: 3, pageName: '要闻' })
    expect(readMetaLine('共16版').fields).toEqual({})
    expect(isMetaLine('2024年3月5日 星期二 第A2版 要闻')).toBe(true)
    // A letter and number in running text is no page: G20峰会 has no 版.
    expect(isMetaLine('G20峰会')).toBe(false)
    expect(readMetaLine('聚焦G20版图').fields.pageLabel).toBeUndefined()
  })

  it('reads page labels as e-paper sites print them: zero-padded, lower-case letters, 版次 and 版名 fields', () => {
    expect(readMetaLine('00003版：要闻').fields).toEqual({ pageNumber: 3, pageName: '要闻' })
    expect(readMetaLine('第03版：要闻').fields).toEqual({ pageNumber: 3, pageName: '要闻' })
    expect(readMetaLine('a0008版').fields).toEqual({ pageLabel: 'A8' })
    // A special section's long page name, its parts joined by a middle dot
    expect(readMetaLine('b0012版:回望·一座城市的四十年记忆')).toEqual({ fields: { pageLabel: 'B12', pageName: '回望·一座城市的四十年记忆' }, rest: '' })
    // A supplement's two-letter section code
    expect(readMetaLine('SZ03版：城市周刊').fields).toEqual({ pageLabel: 'SZ3', pageName: '城市周刊' })
    // A page's running head: its name, then its number zero-padded or lettered
    expect(readMetaLine('城区新闻 B04')).toEqual({ fields: { pageLabel: 'B4', pageName: '城区新闻' }, rest: '' })
    expect(readMetaLine('2024运动会特刊 07')).toEqual({ fields: { pageNumber: 7, pageName: '2024运动会特刊' }, rest: '' })
    expect(readMetaLine('文化·读书  00012')).toEqual({ fields: { pageNumber: 12, pageName: '文化·读书' }, rest: '' })
    // A county weekly's page labelled in Chinese numerals, its issue number and compile date beside it
    expect(readMetaLine('三版：文化生活总第512期 >2018-05-06编印').fields).toEqual({ pageNumber: 3, pageName: '文化生活', serial: 512, date: '2018-05-06' })
    expect(readMetaLine('十二版：体育').fields).toEqual({ pageNumber: 12, pageName: '体育' })
    // A headline ending in a plain number is none
    expect(isMetaLine('全市客流突破 2024')).toBe(false)
    expect(isMetaLine('我们的 5')).toBe(false)
    expect(readMetaLine('第b02版：城事').fields).toEqual({ pageLabel: 'B2', pageName: '城事' })
    expect(readMetaLine('版次：03')).toEqual({ fields: { pageNumber: 3 }, rest: '' })
    expect(readMetaLine('版名：要闻')).toEqual({ fields: { pageName: '要闻' }, rest: '' })
    expect(readMetaLine('版次：A03 版名：城事').fields).toEqual({ pageLabel: 'A3', pageName: '城事' })
    // Four significant digits before 版 are a year or an edition of a book, not a page.
    expect(readMetaLine('2024版').fields).toEqual({})
  })

  it('reads a month and day printed without a year, and takes a line of them alone for no metadata line', () => {
    expect(readMetaLine('11月30日 星期六 第1版').fields).toEqual({ monthDay: '11-30', weekday: '星期六', pageNumber: 1 })
    expect(readMetaLine('2024年11月30日').fields).toEqual({ date: '2024-11-30' })
    expect(isMetaLine('11月30日 星期六')).toBe(true)
    expect(isMetaLine('11月30日')).toBe(false)
  })

  it('reads dates in Chinese numerals and in numeric forms', () => {
    expect(readMetaLine('二〇二四年十一月三十日 星期六').fields).toMatchObject({ date: '2024-11-30', weekday: '星期六' })
    expect(readMetaLine('二〇二三年五月六日').fields.date).toBe('2023-05-06')
    expect(readMetaLine('2024-11-30 星期六').fields.date).toBe('2024-11-30')
    expect(readMetaLine('2024.1.5').fields.date).toBe('2024-01-05')
    expect(readMetaLine('2024年13月40日').fields.date).toBeUndefined()
    expect(isMetaLine('2024/11/30 星期六 第3版')).toBe(true)
  })

  it('reads the page editor as 责编, 本版编辑 or 编辑 alone, and never takes a staff word for a page name', () => {
    expect(readMetaLine('本版编辑：王小明 美编：李四')).toEqual({ fields: { editor: '王小明' }, rest: '' })
    expect(readMetaLine('责编：王某').fields).toEqual({ editor: '王某' })
    expect(isMetaLine('责编：王某')).toBe(true)
    expect(readMetaLine('第A2版 2024年3月5日 星期二 责编：王某').fields).toEqual({ date: '2024-03-05', weekday: '星期二', pageLabel: 'A2', editor: '王某' })
    expect(readMetaLine('美术编辑：钱七').fields).toEqual({})
  })

  it('reads a staff line however many roles it lists', () => {
    expect(readMetaLine('责任编辑：赵六　美术编辑：钱七　校对：孙八 审读：李九')).toEqual({ fields: { editor: '赵六' }, rest: '' })
    expect(isMetaLine('责任编辑：赵六　美术编辑：钱七　校对：孙八')).toBe(true)
  })

  it('tells metadata lines from prose that merely contains a date', () => {
    expect(isMetaLine('热线96811')).toBe(true)
    expect(isMetaLine('中共某某市委机关报')).toBe(true)
    expect(isMetaLine('2024年11月29日上午，第七届大会在杭州举行。')).toBe(false)
  })
})

describe('readNameplate', () => {
  it('recognises a paper name, an edition and a Latin nameplate', () => {
    expect(readNameplate('某某日报')).toEqual({ paper: '某某日报' })
    expect(readNameplate('平湖版')).toEqual({ edition: '平湖版' })
    expect(readNameplate('NINGBO DAILY')).toEqual({ paperLatin: 'NINGBO DAILY' })
  })
  it('takes a word ending in 报 that names no paper (一周读报, 工作汇报, 防空警报) for none', () => {
    for (const line of ['一周读报', '工作汇报', '防空警报', '违法举报']) expect(readNameplate(line), line).toBeUndefined()
    expect(readNameplate('某某商报')).toEqual({ paper: '某某商报' })
  })
  it('reads the paper from an e-paper site\'s header, without what the site adds to its name', () => {
    for (const line of ['某某日报 数字报纸', '某某日报数字报', '某某日报电子版', '某某日报 - 数字报刊', '某某日报多媒体数字报刊平台']) expect(readNameplate(line), line).toEqual({ paper: '某某日报' })
    expect(readPaperPrefix('《某某日报》（2024年06月03日 第04版）')).toEqual({ paper: '某某日报', epaper: false, rest: '（2024年06月03日 第04版）' })
    expect(readPaperPrefix('某某日报社')).toBeUndefined()
    // Some sites pad the name inside its book-title marks: 《 某某时报 》（ 2026年06月03日  第 02 版 ）
    expect(readPaperPrefix('《 某某时报 》（ 2024年06月03日  第 02 版 ）')).toMatchObject({ paper: '某某时报', rest: '（ 2024年06月03日  第 02 版 ）' })
    expect(readPaperPrefix('《 某某日报 》( 2024年06月03日 第 06 版 )')?.paper).toBe('某某日报')
    expect(readPaperPrefix('《 关于某某日报的回忆 》')).toBeUndefined()
  })
  it('does not take a teaser pointer or a page number for an edition', () => {
    expect(readNameplate('详见今日第四版')).toBeUndefined()
    expect(readNameplate('第二版')).toBeUndefined()
  })
})

describe('shapes of e-paper and overseas page labels', () => {
  it('reads a spread, a bracketed page name, an issue named by its date, a bar between label and name, and an overseas issue number', () => {
    expect(readMetaLine('第02-03版：要闻').fields).toEqual({ pageLabel: '2-3', pageName: '要闻' })
    expect(readMetaLine('第09版  党校（行政学院）通讯').fields).toEqual({ pageNumber: 9, pageName: '党校（行政学院）通讯' })
    expect(readMetaLine('第2024-06-03期 第A1版：要闻').fields).toEqual({ date: '2024-06-03', pageLabel: 'A1', pageName: '要闻' })
    expect(isMetaLine('A2 | 新聞')).toBe(true)
    expect(readMetaLine('A2| 新聞').fields).toEqual({ pageLabel: 'A2', pageName: '新聞' })
    expect(readMetaLine('2024年6月3日 Since 1998 No.12345').fields).toEqual({ date: '2024-06-03', serial: 12345 })
    expect(readMetaLine('本版责编：甲乙丙  丁戊己  庚辛壬').fields).toEqual({ editor: '甲乙丙  丁戊己  庚辛壬' })
  })

  it('leaves prose with a bar or a number alone', () => {
    expect(isMetaLine('A2 | 新聞 今天刊出三篇报道')).toBe(false)
    expect(isMetaLine('第2-3名选手晋级')).toBe(false)
  })
})

describe('paper names in traditional script, in spaced book-title marks, and 电讯', () => {
  it('reads them', () => {
    expect(readNameplate('某某日報')).toEqual({ paper: '某某日報' })
    expect(readNameplate('某某每日电讯')).toEqual({ paper: '某某每日电讯' })
    expect(readPaperPrefix('《 某某日报 》（ 2024年06月03日  第 02 版 ）')).toMatchObject({ paper: '某某日报', epaper: false })
    expect(readPaperPrefix('某某每日电讯 电子版')).toEqual({ paper: '某某每日电讯', epaper: true, rest: '' })
  })

  it('takes a site\'s archive (历史数字报) for no paper', () => {
    expect(readNameplate('历史数字报')).toBeUndefined()
    expect(readNameplate('往期电子报')).toBeUndefined()
  })
})

describe('page labels, issue numbers and dates as sites and overseas papers print them', () => {
  it('reads a lettered label opening the line with its edition and name, the issue number and the day it was compiled', () => {
    expect(readMetaLine('A1:某某*要闻总第2472期 >2024-06-03编印')).toEqual({ fields: { date: '2024-06-03', serial: 2472, pageLabel: 'A1', pageName: '要闻' }, rest: '' })
    expect(isMetaLine('A4:视点总第2960期 >2024-06-03编印')).toBe(true)
    expect(readMetaLine('1886 期 / 第2版').fields).toEqual({ serial: 1886, pageNumber: 2 })
    expect(isMetaLine('1:加强管理')).toBe(false)
    expect(isMetaLine('第3期培训班开班')).toBe(false)
  })

  it('reads a date with the month in English', () => {
    expect(readMetaLine('Mar 25, 2016').fields).toEqual({ date: '2016-03-25' })
    expect(readMetaLine('25 March 2016').fields).toEqual({ date: '2016-03-25' })
    expect(isMetaLine('March madness 2016')).toBe(false)
  })

  it('reads a page alone, a title-case Latin nameplate, and no paper in a column of briefs', () => {
    expect(readPageAlone('02')).toEqual({ pageNumber: 2 })
    expect(readPageAlone('WB02')).toEqual({ pageLabel: 'WB2' })
    expect(readPageAlone('2024')).toBeUndefined()
    expect(readPageAlone('0')).toBeUndefined()
    expect(readNameplate('Moumou Daily - Metro Edition (Day)')).toEqual({ paperLatin: 'Moumou Daily' })
    expect(readNameplate('Enlightening Post')).toEqual({ paperLatin: 'Enlightening Post' })
    expect(readNameplate('The news today')).toBeUndefined()
    expect(readNameplate('要闻简报')).toBeUndefined()
    expect(readNameplate('某某捷报')).toBeUndefined()
    expect(readNameplate('某某交通报')).toEqual({ paper: '某某交通报' })
  })
})
