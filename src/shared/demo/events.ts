// Clean violation events: which violations each kind of platform sees, and the measures a diligent platform
// takes for each — every silencing with a concurrent earnings suspension of 2–3 times its length, every
// closure of a rumour creator blacklisted and reported, repeated hype met with a follower freeze. The
// clean generator also keeps to the limits the rules check (MCNs, cross-platform holders), so that the
// only findings in the demo are the planted ones.
import type { PlatformType } from '../domain/platform'
import { VIOLATION_TYPES, type ViolationType } from '../domain/records'
import { addDays } from '../util/dates'
import { dateBetween } from './population'
import type { Rng } from './random'
import { REGULATED_FIELDS, summaryFor, type AccountField } from './vocabulary'
import { QUARTER, measure, type DemoAccount, type DemoEvent, type MeasureSpec, type PlatformWorld, type World } from './world'

/** Last day a clean violation may fall on, so that every measure starts within the quarter. */
export const LAST_VIOLATION = '2026-09-25'

const BASE_WEIGHTS: Record<ViolationType, number> = {
  rumour: 10, impersonation: 3, noSource: 8, fictionUnlabelled: 8, distortion: 7, hotTopicHype: 12, negativeCompilation: 6,
  oldNewsRehash: 5, disasterExploitation: 3, followInducement: 7, matrixPublishing: 4, vulgarPersona: 5,
  unaccreditedProfessional: 5, maliciousMarketing: 7, other: 5,
}
const TYPE_BOOST: Record<PlatformType, Partial<Record<ViolationType, number>>> = {
  news: { rumour: 1.6, noSource: 1.8, oldNewsRehash: 1.6, distortion: 1.4 },
  social: { followInducement: 1.4, matrixPublishing: 1.5 },
  live: { vulgarPersona: 2.5, maliciousMarketing: 2, followInducement: 1.5 },
  shortVideo: { fictionUnlabelled: 2, hotTopicHype: 1.5, disasterExploitation: 1.5 },
  qa: { unaccreditedProfessional: 2.5, noSource: 1.3 },
  community: { negativeCompilation: 1.8, rumour: 1.3, hotTopicHype: 1.2 },
}

export function violationWeights(types: readonly PlatformType[]): [ViolationType, number][] {
  return VIOLATION_TYPES.map((v) => [v, types.reduce((w, t) => w * (TYPE_BOOST[t][v] ?? 1), BASE_WEIGHTS[v])])
}

/** A silencing of D days with its concurrent suspension of 2D–3D days (sometimes a day later, which the
 * catalogue's one-day tolerance still counts as concurrent). */
export function silencingPair(rng: Rng, start: string, days = rng.weighted([[7, 35], [15, 30], [30, 25], [90, 10]] as const)): MeasureSpec[] {
  const suspension = rng.chance(0.75) ? Math.round(days * rng.pick([2, 2, 2.5, 3, 3])) : rng.int(2 * days, 3 * days)
  const suspensionStart = rng.chance(0.1) ? addDays(start, 1) : start
  return [measure('silencing', start, days), measure('earningsSuspension', suspensionStart, suspension)]
}

/** Closure of an account whose violation calls for it (rumour creators, vile hype, matrices): closed,
 * blacklisted, reported to the internet information office. */
function closureWithBlacklist(start: string): MeasureSpec[] {
  return [measure('contentRemoval', start), measure('closure', start, null, true), measure('blacklist', start, null, true)]
}

/** The measures for one violation, and whether the platform reported it to the office. */
export function measuresFor(rng: Rng, violation: ViolationType, start: string, followers: number): { measures: MeasureSpec[]; reported: boolean } {
  const m = (kind: Parameters<typeof measure>[0], days: number | null = null, permanent = false) => measure(kind, start, days, permanent)
  const cleanup = () => measure('followerCleanup', start, null, false, Math.max(1, Math.round(followers * rng.int(3, 25) / 100)))
  const pick = (options: readonly (readonly [() => MeasureSpec[], number])[]) => rng.weighted(options)()
  const pair = () => silencingPair(rng, start)
  let measures: MeasureSpec[]
  switch (violation) {
    case 'rumour':
      measures = pick([
        [() => [m('contentRemoval'), m('labelling')], 45],
        [() => [m('contentRemoval'), ...pair(), m('interactionRemoval', 30)], 35],
        [() => [m('contentRemoval'), cleanup(), ...silencingPair(rng, start, rng.pick([30, 90]))], 10],
        [() => closureWithBlacklist(start), 10],
      ])
      break
    case 'hotTopicHype':
      measures = pick([
        [() => [m('contentRemoval'), m('trafficLimit', 15)], 40],
        [() => [m('contentRemoval'), m('warning')], 35],
        [() => [m('contentRemoval'), ...pair()], 20],
        [() => closureWithBlacklist(start), 5],
      ])
      break
    case 'matrixPublishing':
      measures = pick([
        [() => [m('contentRemoval'), m('trafficLimit', 30)], 50],
        [() => [m('contentRemoval'), ...pair()], 42],
        [() => closureWithBlacklist(start), 8],
      ])
      break
    case 'impersonation':
      measures = pick([
        [() => [m('contentRemoval'), m('warning')], 45],
        [() => [m('closure', null, true)], 35],
        [() => [m('contentRemoval'), ...pair()], 20],
      ])
      break
    case 'noSource':
      measures = pick([[() => [m('labelling'), m('warning')], 60], [() => [m('contentRemoval'), m('warning')], 40]])
      break
    case 'fictionUnlabelled':
      measures = pick([[() => [m('labelling')], 40], [() => [m('labelling'), m('warning')], 35], [() => [m('contentRemoval'), m('trafficLimit', 7)], 25]])
      break
    case 'distortion':
      measures = pick([[() => [m('contentRemoval'), m('warning')], 60], [() => [m('contentRemoval'), ...pair()], 40]])
      break
    case 'negativeCompilation':
      measures = pick([[() => [m('contentRemoval'), m('warning')], 55], [() => [m('contentRemoval'), m('trafficLimit', 30)], 45]])
      break
    case 'oldNewsRehash':
      measures = pick([[() => [m('contentRemoval'), m('warning')], 60], [() => [m('labelling')], 40]])
      break
    case 'disasterExploitation':
      measures = pick([[() => [m('contentRemoval'), ...pair()], 60], [() => [m('contentRemoval'), m('earningsCancellation', null, true)], 40]])
      break
    case 'followInducement':
      measures = pick([[() => [m('contentRemoval'), m('warning')], 65], [() => [m('contentRemoval'), cleanup()], 35]])
      break
    case 'vulgarPersona':
      measures = pick([
        [() => [m('earningsCancellation', null, true), m('trafficLimit', 30)], 60],
        [() => [m('contentRemoval'), m('earningsCancellation', null, true)], 30],
        [() => [m('closure', null, true), m('earningsCancellation', null, true)], 10],
      ])
      break
    case 'unaccreditedProfessional':
      measures = pick([
        [() => [m('fieldSuspension', rng.pick([30, 90])), m('interactionRemoval', 30)], 50],
        [() => [m('contentRemoval'), ...pair()], 30],
        [() => [m('fieldSuspension', 90), ...pair()], 20],
      ])
      break
    case 'maliciousMarketing':
      measures = pick([
        [() => [m('earningsCancellation', null, true), m('contentRemoval')], 55],
        [() => [m('contentRemoval'), m('trafficLimit', 15), m('earningsCancellation', null, true)], 37],
        [() => [m('closure', null, true), m('earningsCancellation', null, true)], 8],
      ])
      break
    case 'other':
      measures = pick([[() => [m('warning')], 50], [() => [m('contentRemoval')], 50]])
      break
  }
  // blacklisting always goes to the office; other heavy measures about half the time
  const blacklisted = measures.some((x) => x.measure === 'blacklist')
  const heavy = measures.some((x) => x.measure === 'closure' || (x.measure === 'silencing' && (x.days ?? 0) >= 30))
  return { measures, reported: blacklisted || (heavy && rng.chance(0.5)) }
}

export function contentUrl(rng: Rng, domain: string): string {
  return `https://www.${domain}/${rng.pick(['a', 'v', 'p', 'post'])}/${rng.int(10_000_000, 99_999_999)}`
}

export function makeEvent(world: World, pw: PlatformWorld, account: DemoAccount, violation: ViolationType, date: string, measures: MeasureSpec[], reported: boolean): DemoEvent {
  const event: DemoEvent = {
    account, violation, date, measures, reportedToCac: reported,
    summary: summaryFor(world.rng, violation, account.field), contentUrl: contentUrl(world.rng, pw.spec.domain),
  }
  pw.events.push(event)
  if (account.mcn) world.disposedPerMcn.set(account.mcn, (world.disposedPerMcn.get(account.mcn) ?? 0) + 1)
  if (!world.disposedHolders.has(account.holder.key)) world.disposedHolders.set(account.holder.key, pw.platform.id)
  return event
}

/** Whether clean generation may dispose of this account without creating a finding by accident. */
function available(world: World, pw: PlatformWorld, a: DemoAccount): boolean {
  if (a.reserved || a.cancelled) return false
  if (a.mcn && (pw.reservedMcns.has(a.mcn) || (world.disposedPerMcn.get(a.mcn) ?? 0) >= 2)) return false
  const elsewhere = world.disposedHolders.get(a.holder.key)
  return elsewhere === undefined || elsewhere === pw.platform.id
}

function start(rng: Rng, date: string): string {
  const s = addDays(date, rng.weighted([[0, 40], [1, 30], [2, 15], [3, 10], [4, 5]] as const))
  return s > QUARTER.end ? QUARTER.end : s
}

/** One or two events per chosen account (only the last may close it); a few accounts hype three times
 * and are, correctly, barred from new followers. */
export function generateCleanEvents(world: World, pw: PlatformWorld, rate: number): void {
  const { rng } = world
  const weights = violationWeights(pw.spec.types)
  const candidates = rng.shuffle(pw.accounts)
  let budget = Math.round(pw.accounts.length * rate)
  for (const account of candidates) {
    if (budget <= 0) break
    if (!available(world, pw, account) || pw.events.some((e) => e.account === account)) continue
    const repeatHype = budget > 5 && account.registeredOn < QUARTER.start && rng.chance(0.006)
    if (repeatHype) {
      repeatedHypeWithFreeze(world, pw, account)
      budget -= 3
      continue
    }
    // an account registered during the quarter can only misbehave after it exists
    const from = account.registeredOn >= QUARTER.start ? addDays(account.registeredOn, 3) : QUARTER.start
    if (from > '2026-09-10') continue
    const count = from < '2026-08-01' && rng.chance(0.15) ? 2 : 1
    let date = dateBetween(rng, from, count === 2 ? '2026-08-20' : LAST_VIOLATION)
    for (let i = 0; i < count; i++) {
      let violation = rng.weighted(weights)
      const regulated = REGULATED_FIELDS.includes(account.field as AccountField)
      while (violation === 'unaccreditedProfessional' && regulated) violation = rng.weighted(weights)
      const { measures, reported } = measuresFor(rng, violation, start(rng, date), account.followers)
      const closes = measures.some((x) => x.measure === 'closure')
      if (closes && i < count - 1) continue // a closed account draws no further events
      makeEvent(world, pw, account, violation, date, measures, reported)
      budget--
      date = dateBetween(rng, addDays(date, 12), LAST_VIOLATION)
    }
  }
}

function repeatedHypeWithFreeze(world: World, pw: PlatformWorld, account: DemoAccount): void {
  const { rng } = world
  const dates = [dateBetween(rng, QUARTER.start, '2026-07-20')]
  dates.push(dateBetween(rng, addDays(dates[0] as string, 14), addDays(dates[0] as string, 30)))
  dates.push(dateBetween(rng, addDays(dates[1] as string, 14), addDays(dates[1] as string, 30)))
  dates.forEach((date, i) => {
    const s = start(rng, date)
    const measures = i < 2 ? [measure('contentRemoval', s), measure('trafficLimit', s, 15)] : [measure('contentRemoval', s), ...silencingPair(rng, s, 30), measure('followerFreeze', s, null, true)]
    makeEvent(world, pw, account, 'hotTopicHype', date, measures, i === 2)
  })
}
