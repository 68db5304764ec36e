// From the model to report rows: one disposition row per measure, numbered in date order in the platform's
// own id style; one account row per account and snapshot, with the status, followers and earnings flag the
// events imply at that date. Silenced, frozen or closed accounts never gain followers between snapshots
// (except the planted ones, whose later count the planter fixed).
import type { AccountSnapshot, AccountStatus, Disposition, EarningsChange } from '../domain/records'
import { dayNumber } from '../util/dates'
import type { Rng } from './random'
import { lastDay, type DemoAccount, type DemoEvent, type MeasureSpec, type PlatformWorld } from './world'

const byDate = (a: DemoEvent, b: DemoEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)

export function dispositionRows(pw: PlatformWorld): Disposition[] {
  const rows: Disposition[] = []
  for (const event of [...pw.events].sort(byDate)) {
    for (const m of event.measures) {
      rows.push({
        platformId: pw.platform.id,
        dispositionId: pw.spec.dispositionId(rows.length + 1),
        accountId: event.account.accountId,
        accountName: event.account.accountName,
        violationType: event.violation,
        violationDate: event.date,
        measure: m.measure,
        measureStart: m.start,
        measureDays: m.days,
        // platforms that report end dates still give the length in days; both are kept
        measureEnd: pw.spec.endDates ? lastDay(m) : null,
        permanent: m.permanent,
        followersRemoved: m.followersRemoved,
        reportedToCac: event.reportedToCac,
        summary: event.summary,
        contentUrl: event.contentUrl,
      })
    }
  }
  return rows
}

const active = (m: MeasureSpec, date: string) => m.start <= date && (m.permanent || (m.days !== null && (lastDay(m) ?? '') >= date))

function statusAt(account: DemoAccount, measures: readonly MeasureSpec[], date: string): AccountStatus {
  if (account.cancelled) return 'cancelled'
  const on = (kind: MeasureSpec['measure']) => measures.some((m) => m.measure === kind && active(m, date))
  if (on('blacklist')) return 'blacklisted'
  if (on('closure')) return 'closed'
  if (on('silencing')) return 'silenced'
  if (on('fieldSuspension') || on('interactionRemoval')) return 'restricted'
  return 'normal'
}

function earningsAt(account: DemoAccount, changes: readonly Omit<EarningsChange, 'platformId'>[], date: string): boolean {
  let enabled = account.earningsAtStart
  let cancelled = false
  let suspended = false
  for (const c of changes) {
    if (c.effectiveDate > date) continue
    if (c.action === 'cancel') cancelled = true
    else if (c.action === 'grant' || c.action === 'restore') enabled = true
    else if (c.endDate === null || c.endDate >= date) suspended = true
  }
  return enabled && !cancelled && !suspended && !account.cancelled
}

/** Whether anything in (from, to] should have kept the account from gaining followers. */
function heldBack(measures: readonly MeasureSpec[], from: string, to: string): boolean {
  return measures.some((m) => {
    if (m.start > to) return false
    if (m.permanent && (m.measure === 'followerFreeze' || m.measure === 'closure' || m.measure === 'blacklist' || m.measure === 'followerWipe')) return true
    return m.measure === 'silencing' && (lastDay(m) ?? '') >= from
  })
}

function removedBetween(measures: readonly MeasureSpec[], from: string, to: string): number {
  return measures.filter((m) => m.measure === 'followerCleanup' && m.start > from && m.start <= to).reduce((s, m) => s + (m.followersRemoved ?? 0), 0)
}

function laterFollowers(rng: Rng, account: DemoAccount, measures: readonly MeasureSpec[], from: string, to: string): number {
  if (account.followersLater !== null) return account.followersLater
  const f = account.followers
  if (account.cancelled) return f
  if (heldBack(measures, from, to)) return Math.max(0, f - removedBetween(measures, from, to) - Math.round(f * rng.int(0, 20) / 1000))
  const months = (dayNumber(to) - dayNumber(from)) / 30
  return Math.max(0, Math.round(f * (1 + months * (0.015 + 0.05 * rng.normal()))) - removedBetween(measures, from, to))
}

export function accountRows(rng: Rng, pw: PlatformWorld, earnings: readonly Omit<EarningsChange, 'platformId'>[]): AccountSnapshot[] {
  const measuresOf = new Map<DemoAccount, MeasureSpec[]>()
  for (const e of pw.events) measuresOf.set(e.account, [...(measuresOf.get(e.account) ?? []), ...e.measures])
  const changesOf = new Map<string, Omit<EarningsChange, 'platformId'>[]>()
  for (const c of earnings) changesOf.set(c.accountId, [...(changesOf.get(c.accountId) ?? []), c])
  const sorted = [...pw.accounts].sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
  const rows: AccountSnapshot[] = []
  const [first, second] = pw.snapshots as [string, string | undefined]
  const later = new Map<DemoAccount, number>()
  if (second !== undefined) for (const a of sorted) later.set(a, laterFollowers(rng, a, measuresOf.get(a) ?? [], first, second))
  for (const date of pw.snapshots) {
    for (const a of sorted) {
      if (a.registeredOn > date) continue
      const measures = measuresOf.get(a) ?? []
      rows.push({
        platformId: pw.platform.id,
        accountId: a.accountId,
        accountName: a.accountName,
        holderType: a.holder.type,
        holderKey: a.holder.key,
        mcn: a.mcn,
        followers: date === first ? a.followers : (later.get(a) ?? a.followers),
        field: a.field,
        credentialStatus: a.credentialStatus,
        credentialExpiry: a.credentialExpiry,
        earningsEnabled: earningsAt(a, changesOf.get(a.accountId) ?? [], date),
        entityChangedOn: a.entityChangedOn !== null && a.entityChangedOn <= date ? a.entityChangedOn : null,
        status: statusAt(a, measures, date),
        registeredOn: a.registeredOn,
        snapshotDate: date,
      })
    }
  }
  return rows
}

/** Lines of the source file for each accepted row (header = line 1), skipping the lines a platform got
 * wrong (rejected) or repeated (duplicates), as an import would have. */
export function sourceLines(rng: Rng, accepted: number, rejected: number, duplicates: number): number[] {
  const total = accepted + rejected + duplicates
  const skipped = new Set<number>()
  while (skipped.size < rejected + duplicates) skipped.add(rng.int(2, total + 1))
  const lines: number[] = []
  for (let line = 2; line <= total + 1; line++) if (!skipped.has(line)) lines.push(line)
  return lines
}
