import { describe, expect, it } from 'vitest'
import { paperFromLatinName } from './nameplate'

describe('paperFromLatinName', () => {
  it('reads the city from the pinyin of a Latin nameplate', () => {
    expect(paperFromLatinName('JIAXING DAILY')).toMatchObject({ paper: '嘉兴日报', place: { name: '嘉兴市' } })
    expect(paperFromLatinName('Ningbo Evening News')).toMatchObject({ paper: '宁波晚报', place: { name: '宁波市' } })
  })
  it('ignores Latin lines that name no place or no kind of paper', () => {
    expect(paperFromLatinName('QUZHOU KECHENG')).toBeUndefined()
    expect(paperFromLatinName('HELLO DAILY')).toBeUndefined()
  })
})
