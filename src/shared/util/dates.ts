// Calendar dates as ISO strings (YYYY-MM-DD) and as day numbers (days since 1970-01-01, UTC), which the
// store packs and the rules compare. No time zones: a report's dates are calendar dates.

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Sentinel for "no date" in packed Int32 columns. */
export const NO_DAY = -0x80000000

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

// Reports repeat a few hundred dates a million times: both conversions remember their answers (bounded).
const dayCache = new Map<string, number>()
const isoCache = new Map<number, string>()
const CACHE_BOUND = 100_000

/** Days before each month in a year that is not a leap year. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** The day number of a date written exactly `YYYY-MM-DD` (years 1000–9999), read from its characters; NaN
 * for any other text, which the general readers then look at. Rows carry a million such dates: reading
 * them this way costs no lookup and no allocation. */
export function isoDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN
  let y = 0
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) return NaN
    y = y * 10 + c
  }
  const m1 = text.charCodeAt(5) - 48
  const m2 = text.charCodeAt(6) - 48
  const d1 = text.charCodeAt(8) - 48
  const d2 = text.charCodeAt(9) - 48
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9 || y < 1000) return NaN
  const m = m1 * 10 + m2
  const d = d1 * 10 + d2
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const length = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
  if (m < 1 || m > 12 || d < 1 || d > length) return NaN
  // whole years since 1970 (leap days counted), then the days of this year
  const before = y - 1
  const leapDays = Math.floor(before / 4) - Math.floor(before / 100) + Math.floor(before / 400) - 477
  return (y - 1970) * 365 + leapDays + (DAYS_BEFORE[m - 1] ?? 0) + (leap && m > 2 ? 1 : 0) + d - 1
}

export function dayNumber(iso: string): number {
  const fast = isoDayNumber(iso)
  if (!Number.isNaN(fast)) return fast
  const hit = dayCache.get(iso)
  if (hit !== undefined) return hit
  const m = ISO_DATE.exec(iso)
  if (!m) throw new Error(`not an ISO date: ${iso}`)
  const day = Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY)
  if (dayCache.size >= CACHE_BOUND) dayCache.clear()
  dayCache.set(iso, day)
  return day
}

export function isoFromDay(day: number): string {
  const hit = isoCache.get(day)
  if (hit !== undefined) return hit
  const iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
  if (isoCache.size >= CACHE_BOUND) isoCache.clear()
  isoCache.set(day, iso)
  return iso
}

export function addDays(iso: string, days: number): string {
  return isoFromDay(dayNumber(iso) + days)
}

/** Adds calendar months; the day is clamped to the target month's length (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(iso: string, months: number): string {
  const m = ISO_DATE.exec(iso)
  if (!m) throw new Error(`not an ISO date: ${iso}`)
  const y = Number(m[1])
  const mo = Number(m[2]) - 1 + months
  const target = new Date(Date.UTC(y, mo, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(Number(m[3]), last))
  return target.toISOString().slice(0, 10)
}

export function monthOf(iso: string): string {
  return iso.slice(0, 7)
}

/** Today's date on the user's calendar (local time, not UTC: an office in UTC+8 starts its day at 00:00). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
