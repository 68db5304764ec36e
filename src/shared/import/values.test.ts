import { describe, expect, it } from 'vitest'
import {
  cellText,
  excelSerialToIso,
  parseAccountStatus,
  parseCount,
  parseDate,
  parseHolderType,
  parseLength,
  parseMeasures,
  parseViolation,
  parseYesNo,
} from './values'

describe('dates', () => {
  it.each([
    ['2026-07-01', '2026-07-01'],
    ['2026/7/1', '2026-07-01'],
    ['2026.07.01', '2026-07-01'],
    ['2026年7月1日', '2026-07-01'],
    ['2026 年 7 月 1 日', '2026-07-01'],
    ['2026年07月01号', '2026-07-01'],
    ['20260701', '2026-07-01'],
    ['2026-07-01 14:30:00', '2026-07-01'],
    ['2026-07-01T14:30:00Z', '2026-07-01'],
    ['46204', '2026-07-01'],
  ])('reads %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso)
  })

  it('reads Excel serials and Date cells', () => {
    expect(excelSerialToIso(46204)).toBe('2026-07-01')
    expect(parseDate(46204.75)).toBe('2026-07-01')
    expect(parseDate(new Date(Date.UTC(2026, 6, 1)))).toBe('2026-07-01')
    expect(excelSerialToIso(60)).toBe('1900-02-28') // Excel's phantom 1900-02-29 is folded into the epoch
  })

  it('rejects impossible or unreadable dates and treats blanks as none', () => {
    expect(parseDate('2026-02-30')).toBeUndefined()
    expect(parseDate('2026年13月1日')).toBeUndefined()
    expect(parseDate('下周一')).toBeUndefined()
    expect(parseDate(12)).toBeUndefined()
    expect(parseDate('')).toBeNull()
    expect(parseDate(undefined)).toBeNull()
  })
})

describe('lengths', () => {
  it.each([
    ['30', { days: 30 }],
    [30, { days: 30 }],
    ['30天', { days: 30 }],
    ['30 日', { days: 30 }],
    ['1个月', { days: 30 }],
    ['三个月', { days: 90 }],
    ['半年', { days: 183 }],
    ['2周', { days: 14 }],
    ['1年', { days: 365 }],
    ['永久', { permanent: true }],
    ['长期', { permanent: true }],
    ['90 days', { days: 90 }],
    ['-5天', { days: -5 }],
  ] as const)('reads %s', (text, length) => {
    expect(parseLength(text)).toEqual(length)
  })

  it('rejects what it cannot read', () => {
    expect(parseLength('若干天')).toBeUndefined()
    expect(parseLength('30小时')).toBeUndefined()
    expect(parseLength('')).toBeNull()
  })
})

describe('yes/no and counts', () => {
  it.each([['是', true], ['否', false], ['Y', true], ['n', false], ['TRUE', true], ['false', false], ['已上报', true], ['未上报', false], [1, true], [0, false]] as const)(
    'reads %s',
    (cell, value) => {
      expect(parseYesNo(cell)).toBe(value)
    },
  )
  it('rejects other words', () => {
    expect(parseYesNo('也许')).toBeUndefined()
  })
  it('reads counts with separators and 万', () => {
    expect(parseCount('12,345')).toBe(12345)
    expect(parseCount('1.5万')).toBe(15000)
    expect(parseCount('很多')).toBeUndefined()
  })
})

describe('codes by name and synonym', () => {
  it('reads violations, holder types and statuses', () => {
    expect(parseViolation('造谣传谣')).toBe('rumour')
    expect(parseViolation('蹭热点')).toBe('hotTopicHype')
    expect(parseViolation('  矩阵式发布 ')).toBe('matrixPublishing')
    expect(parseViolation('不存在的类型')).toBeUndefined()
    expect(parseHolderType('企业')).toBe('enterprise')
    expect(parseHolderType('自然人')).toBe('person')
    expect(parseAccountStatus('封号')).toBe('closed')
  })
})

describe('measure cells', () => {
  it('splits several measures, each with its own length', () => {
    expect(parseMeasures('禁言30天；暂停营利权限60天')).toEqual([
      { measure: 'silencing', length: { days: 30 }, text: '禁言30天' },
      { measure: 'earningsSuspension', length: { days: 60 }, text: '暂停营利权限60天' },
    ])
  })

  it('reads names alone, bracketed lengths, permanent, and other separators', () => {
    expect(parseMeasures('关闭账号、纳入黑名单')?.map((p) => p.measure)).toEqual(['closure', 'blacklist'])
    expect(parseMeasures('禁言（7天）')).toEqual([{ measure: 'silencing', length: { days: 7 }, text: '禁言（7天）' }])
    expect(parseMeasures('禁言永久')?.[0]?.length).toEqual({ permanent: true })
    expect(parseMeasures('禁言15天并暂停收益30天')?.map((p) => [p.measure, p.length])).toEqual([
      ['silencing', { days: 15 }],
      ['earningsSuspension', { days: 30 }],
    ])
  })

  it('rejects the whole cell when one part is unknown', () => {
    expect(parseMeasures('禁言30天；罚站3天')).toBeUndefined()
    expect(parseMeasures('')).toBeNull()
  })
})

describe('cell text', () => {
  it('trims exactly what String.prototype.trim trims, for every code unit at either end', () => {
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [`${ch}甲`, `甲${ch}`, `${ch}a${ch}`, ch]) if (cellText(text) !== text.trim()) wrong.push(c)
    }
    expect(wrong).toEqual([])
  })
})
