// Deadlines and overdue orders. The default deadline is 15 working days after the issue date, counting
// Monday to Friday: the notice names a date, and an offline desk cannot know each year's public holidays
// and make-up working days (调休), so the form shows the computed date and the user moves it where a
// holiday falls in between. An order is overdue from the day after its deadline until it is closed —
// whatever stage it is in, since until it is closed the matter is not done.
import { dayNumber, isoFromDay } from '../util/dates'

export const DEFAULT_DEADLINE_WORKING_DAYS = 15

/** 0 Sunday … 6 Saturday; 1970-01-01, day 0, was a Thursday. */
export function weekday(iso: string): number {
  return (((dayNumber(iso) + 4) % 7) + 7) % 7
}

/** `days` working days (Monday to Friday) after `iso`; the start day itself does not count. */
export function addWorkingDays(iso: string, days: number): string {
  let day = dayNumber(iso)
  let left = days
  while (left > 0) {
    day++
    const w = (((day + 4) % 7) + 7) % 7
    if (w !== 0 && w !== 6) left--
  }
  return isoFromDay(day)
}

export function defaultDeadline(issuedOn: string): string {
  return addWorkingDays(issuedOn, DEFAULT_DEADLINE_WORKING_DAYS)
}

interface Deadlined {
  status: string
  deadline: string
}

/** Past its deadline (today is later than the deadline) and not closed. */
export function isOverdue(order: Deadlined, today: string): boolean {
  return order.status !== 'closed' && today > order.deadline
}

/** Days past the deadline (0 when not overdue). */
export function daysOverdue(order: Deadlined, today: string): number {
  return isOverdue(order, today) ? dayNumber(today) - dayNumber(order.deadline) : 0
}

/** Days left until the deadline, the deadline day included in the count as 0 (negative once past). */
export function daysLeft(deadline: string, today: string): number {
  return dayNumber(deadline) - dayNumber(today)
}
