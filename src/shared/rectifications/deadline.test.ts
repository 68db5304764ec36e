import { describe, expect, it } from 'vitest'
import { addWorkingDays, daysLeft, daysOverdue, defaultDeadline, isOverdue, weekday } from './deadline'

describe('working days', () => {
  it('know the day of the week', () => {
    expect(weekday('1970-01-01')).toBe(4)
    expect(weekday('2026-10-30')).toBe(5)
    expect(weekday('2026-10-31')).toBe(6)
    expect(weekday('2026-11-01')).toBe(0)
  })

  it('skip weekends and do not count the start day', () => {
    expect(addWorkingDays('2026-10-30', 1)).toBe('2026-11-02') // Friday → Monday
    expect(addWorkingDays('2026-10-31', 1)).toBe('2026-11-02') // from a Saturday
    expect(addWorkingDays('2026-11-02', 5)).toBe('2026-11-09')
    expect(addWorkingDays('2026-11-02', 0)).toBe('2026-11-02')
  })

  it('give the default deadline, 15 working days (three weeks) after issue', () => {
    expect(defaultDeadline('2026-10-30')).toBe('2026-11-20')
    expect(defaultDeadline('2026-12-24')).toBe('2027-01-14') // across the year end
  })
})

describe('overdue', () => {
  const order = (status: string) => ({ status, deadline: '2026-11-20' })

  it('is not overdue on the deadline day itself, and is from the day after', () => {
    expect(isOverdue(order('ordered'), '2026-11-19')).toBe(false)
    expect(isOverdue(order('ordered'), '2026-11-20')).toBe(false)
    expect(isOverdue(order('ordered'), '2026-11-21')).toBe(true)
    expect(daysOverdue(order('ordered'), '2026-11-20')).toBe(0)
    expect(daysOverdue(order('ordered'), '2026-11-21')).toBe(1)
    expect(daysOverdue(order('ordered'), '2026-12-01')).toBe(11)
  })

  it('holds at every open stage, escalated and re-checked included, and never once closed', () => {
    for (const status of ['ordered', 'reported', 'recheckFailed', 'escalated', 'recheckPassed']) expect(isOverdue(order(status), '2026-12-01')).toBe(true)
    expect(isOverdue(order('closed'), '2026-12-01')).toBe(false)
    expect(daysOverdue(order('closed'), '2026-12-01')).toBe(0)
  })

  it('counts the days left', () => {
    expect(daysLeft('2026-11-20', '2026-11-18')).toBe(2)
    expect(daysLeft('2026-11-20', '2026-11-20')).toBe(0)
    expect(daysLeft('2026-11-20', '2026-11-22')).toBe(-2)
  })
})
