// The earnings-changes report 营利权限变更: suspensions and cancellations that follow from the events,
// suspensions for holder changes in the quarter (three months), restorations once such a suspension has
// run its course, and new grants to accounts with a clean record — plus the planted grants already listed.
// End dates are inclusive: the last day the suspension applies.
import type { EarningsChange } from '../domain/records'
import { zhCN } from '../i18n/resources'
import { addDays, addMonths } from '../util/dates'
import { ENTITY_SUSPENDED_FROM, dateBetween } from './population'
import type { Rng } from './random'
import { QUARTER, lastDay, type DemoAccount, type PlatformWorld } from './world'

type Change = Omit<EarningsChange, 'platformId'>

/** Months after a violation or a holder change during which no earnings may be granted (the catalogue's
 * default; the demo keeps well clear of it). */
export const CLEAN_MONTHS = 3

function change(account: DemoAccount, action: EarningsChange['action'], effectiveDate: string, endDate: string | null, reason: string): Change {
  return { accountId: account.accountId, accountName: account.accountName, action, effectiveDate, endDate, reason }
}

function fromEvents(pw: PlatformWorld): Change[] {
  const out: Change[] = []
  for (const event of pw.events) {
    const label = zhCN.domain.violation[event.violation]
    const silencing = event.measures.find((m) => m.measure === 'silencing')
    const cancels = event.measures.some((m) => m.measure === 'earningsCancellation')
    for (const m of event.measures) {
      if (m.measure === 'earningsSuspension') {
        const why = silencing ? `因${label}禁言${silencing.days ?? ''}天，暂停营利权限${m.days ?? ''}天` : `因${label}暂停营利权限`
        out.push(change(event.account, 'suspend', m.start, lastDay(m), why))
      } else if (m.measure === 'earningsCancellation') {
        out.push(change(event.account, 'cancel', m.start, null, `因${label}取消营利权限`))
      } else if (m.measure === 'closure' && !cancels && event.account.earningsAtStart) {
        out.push(change(event.account, 'cancel', m.start, null, '账号关闭，取消营利权限'))
      }
    }
  }
  return out
}

/** Holder changes: suspended for three months from the change; restored (a little after) once it ends. */
function fromEntityChanges(rng: Rng, pw: PlatformWorld, disposed: Set<DemoAccount>): Change[] {
  const out: Change[] = []
  for (const a of pw.accounts) {
    const changed = a.entityChangedOn
    if (changed === null || a.reserved || a.cancelled) continue
    if (changed >= QUARTER.start && a.earningsAtStart) {
      out.push(change(a, 'suspend', changed, addDays(addMonths(changed, CLEAN_MONTHS), -1), '账号主体变更，暂停营利权限3个月'))
    } else if (changed >= ENTITY_SUSPENDED_FROM && changed < QUARTER.start && !disposed.has(a) && rng.chance(0.6)) {
      const restored = addDays(addMonths(changed, CLEAN_MONTHS), rng.int(1, 10))
      if (restored <= QUARTER.end) out.push(change(a, 'restore', restored, null, '主体变更满3个月，恢复营利权限'))
    }
  }
  return out
}

/** New grants: only to accounts with no violation at all this quarter and no recent holder change. */
function cleanGrants(rng: Rng, pw: PlatformWorld, disposed: Set<DemoAccount>): Change[] {
  const eligible = pw.accounts.filter(
    (a) => !a.reserved && !a.cancelled && !a.earningsAtStart && !disposed.has(a) && a.followers >= 300 &&
      (a.entityChangedOn === null || a.entityChangedOn < '2026-01-01') && a.registeredOn < '2026-06-01',
  )
  const n = Math.round(pw.accounts.length * 0.02)
  return rng.shuffle(eligible).slice(0, n).map((a) => change(a, 'grant', dateBetween(rng, QUARTER.start, QUARTER.end), null, rng.pick(['申请开通营利权限，审核通过', '开通直播打赏功能', '开通内容分成', '开通广告分成'])))
}

/** Every earnings change of a platform, in date order. */
export function earningsChanges(rng: Rng, pw: PlatformWorld): Change[] {
  const disposed = new Set(pw.events.map((e) => e.account))
  const all = [...fromEvents(pw), ...fromEntityChanges(rng, pw, disposed), ...cleanGrants(rng, pw, disposed), ...pw.earnings]
  return all.sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0))
}
