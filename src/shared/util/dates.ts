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

export function dayNumber(iso: string): number {
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
