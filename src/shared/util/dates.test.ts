import { describe, expect, it } from 'vitest'
import { dayNumber, isIsoDate, isoDayNumber, isoFromDay } from './dates'

const MS_PER_DAY = 86_400_000

describe('day numbers read from the characters of an ISO date', () => {
  it('agree with the calendar for every day from 1000 to 2299', () => {
    const wrong: string[] = []
    for (let day = Math.round(Date.UTC(1000, 0, 1) / MS_PER_DAY); day < Math.round(Date.UTC(2300, 0, 1) / MS_PER_DAY); day++) {
      const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
      if (isoDayNumber(iso) !== day || dayNumber(iso) !== day || isoFromDay(day) !== iso) wrong.push(iso)
    }
    expect(wrong).toEqual([])
  })

  it('answer NaN for anything that is not a real YYYY-MM-DD, which the general readers then judge', () => {
    for (const text of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-7-1', '2026/07/01', ' 2026-07-01', '2026-07-01 ', '０２６-07-01', '0999-01-01', 'abcd-ef-gh', '']) {
      expect(isoDayNumber(text)).toBeNaN()
    }
    expect(isoDayNumber('2024-02-29')).toBe(dayNumber('2024-02-29'))
    expect(isIsoDate('2026-02-29')).toBe(false)
  })
})
