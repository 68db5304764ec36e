import { describe, expect, it } from 'vitest'
import { articleOrdinal, chineseDate, chineseNumeral } from './chinese'

describe('Chinese numerals and dates in official documents', () => {
  it('write numbers as articles and headings do', () => {
    const cases: [number, string][] = [
      [0, '零'], [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [13, '十三'], [20, '二十'], [21, '二十一'],
      [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1005, '一千零五'], [2026, '二千零二十六'],
    ]
    for (const [n, text] of cases) expect(chineseNumeral(n), String(n)).toBe(text)
    expect(chineseNumeral(12345)).toBe('12345')
    expect(articleOrdinal(9)).toBe('第九条')
    expect(articleOrdinal(12)).toBe('第十二条')
  })

  it('write dates with 年月日 and no leading zeros', () => {
    expect(chineseDate('2026-07-01')).toBe('2026年7月1日')
    expect(chineseDate('2026-11-20')).toBe('2026年11月20日')
    expect(chineseDate('nonsense')).toBe('nonsense')
  })
})
