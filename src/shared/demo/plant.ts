// The planted cases: a realistic minority of records that break the notice, so that the rule checks have
// something to find. Each planter takes accounts no other pattern touches (and marks them reserved, so
// clean generation leaves them alone), plants exactly one pattern per account or holder, and counts it.
// The counts are exported with the demo (`planted`); tests recompute each from the rows.
//
// Patterns, by rule (parameters as in the built-in catalogue):
//  N9  silencingWithoutSuspension — a silencing with no earnings suspension at all
//      suspensionTooShort / suspensionTooLong — the concurrent suspension is < 2× or > 3× the silencing
//      suspensionNotConcurrent — a suspension of the right length that starts 5–20 days later, while the
//      silencing still runs (the catalogue's tolerance is 1 day)
//  N8  grantAfterViolation — earnings granted 20–45 days after a violation (clean record needs 3 months)
//      grantAfterEntityChange — earnings granted 20–50 days after the holder changed (3 months required)
//  N7  personOverLimit — a person holding 2–3 accounts on one platform (limit 1)
//      enterpriseOverLimit — an enterprise holding 3–4 accounts on one platform (limit 2)
//      reRegisteredAfterClosure — an enterprise whose account was closed registers a new one days later
//      (enterprises, so that the new account stays within the limit of 2 and counts only here)
//  N2  credentialMissing — regulated field (金融/教育/医疗卫生/司法), no or unverified credential, status 正常
//      credentialExpired — regulated field, credential 已过期 or 已认证 with an expiry before the snapshot
//      (not counted: two accounts handled correctly — field publishing suspended, status 限制)
//  N12 rumourClosureNotBlacklisted / rumourClosureNotReported — a closure for 造谣传谣 without a 纳入黑名单
//      row for the account / with 是否上报网信部门 = 否
//  N10 followersRoseWhileSilenced — silenced across both monthly snapshots, yet followers grew
//      hypeWithoutFreeze — 蹭炒社会热点 on 3 distinct days within 90 days, never 禁止新增粉丝
//  N11 mcnWithManyDisposed — an MCN with 4–5 signed accounts disposed of in the quarter (threshold 3)
//  Cross-platform: crossPlatformHolders — the same person disposed of on two platforms 2–25 days apart
import { addDays } from '../util/dates'
import { LAST_VIOLATION, makeEvent, silencingPair } from './events'
import { SETTLED_BEFORE, dateBetween, makeAccount, newEnterprise } from './population'
import { REGULATED_FIELDS, type AccountField } from './vocabulary'
import { QUARTER, measure, type DemoAccount, type MeasureSpec, type PlatformWorld, type World } from './world'

export const PLANTED_KEYS = [
  'silencingWithoutSuspension', 'suspensionTooShort', 'suspensionTooLong', 'suspensionNotConcurrent',
  'grantAfterViolation', 'grantAfterEntityChange',
  'personOverLimit', 'enterpriseOverLimit', 'reRegisteredAfterClosure',
  'credentialMissing', 'credentialExpired',
  'rumourClosureNotBlacklisted', 'rumourClosureNotReported',
  'followersRoseWhileSilenced', 'hypeWithoutFreeze', 'mcnWithManyDisposed', 'crossPlatformHolders',
] as const
export type PlantedKey = (typeof PLANTED_KEYS)[number]

interface Planting {
  world: World
  /** accounts per holder across the demo, so planters pick holders seen nowhere else */
  holderAccounts: Map<string, number>
  takenCodes: Set<string>
}

function count(p: Planting, key: PlantedKey): void {
  p.world.planted[key] = (p.world.planted[key] ?? 0) + 1
}

/** A fresh person account: unreserved, single-holder, no MCN, no holder change, not cancelled. */
function takeAccount(p: Planting, pw: PlatformWorld, extra: (a: DemoAccount) => boolean = () => true): DemoAccount {
  const pool = pw.accounts.filter(
    (a) => !a.reserved && !a.cancelled && !a.mcn && a.holder.type === 'person' && a.entityChangedOn === null &&
      a.registeredOn < SETTLED_BEFORE && p.holderAccounts.get(a.holder.key) === 1 && extra(a),
  )
  const account = p.world.rng.pick(pool)
  account.reserved = true
  return account
}

function addAccount(p: Planting, pw: PlatformWorld, draft: Parameters<typeof makeAccount>[2]): DemoAccount {
  const account = makeAccount(p.world, pw, draft)
  account.reserved = true
  account.entityChangedOn = null
  pw.accounts.push(account)
  p.holderAccounts.set(account.holder.key, (p.holderAccounts.get(account.holder.key) ?? 0) + 1)
  return account
}

function platformWhere(p: Planting, test: (pw: PlatformWorld) => boolean): PlatformWorld {
  return p.world.rng.pick(p.world.platforms.filter(test))
}

function anyPlatform(p: Planting): PlatformWorld {
  return p.world.rng.pick(p.world.platforms)
}

function n9(p: Planting): void {
  const { rng } = p.world
  const cases: [PlantedKey, number][] = [['silencingWithoutSuspension', 4], ['suspensionTooShort', 3], ['suspensionTooLong', 2], ['suspensionNotConcurrent', 3]]
  for (const [key, n] of cases) {
    for (let i = 0; i < n; i++) {
      const pw = anyPlatform(p)
      const account = takeAccount(p, pw)
      const date = dateBetween(rng, QUARTER.start, '2026-09-05')
      const start = addDays(date, rng.int(0, 2))
      const days = key === 'suspensionTooLong' ? rng.pick([7, 15]) : rng.pick([7, 15, 30])
      const silencing = measure('silencing', start, days)
      const measures: MeasureSpec[] = [measure('contentRemoval', start), silencing]
      if (key === 'suspensionTooShort') measures.push(measure('earningsSuspension', start, Math.round(days * rng.pick([1, 1.5]))))
      if (key === 'suspensionTooLong') measures.push(measure('earningsSuspension', start, days * rng.pick([4, 5])))
      if (key === 'suspensionNotConcurrent') measures.push(measure('earningsSuspension', addDays(start, rng.int(5, Math.min(20, days - 1))), Math.round(days * 2.5)))
      makeEvent(p.world, pw, account, rng.pick(['distortion', 'disasterExploitation', 'negativeCompilation', 'followInducement'] as const), date, measures, false)
      count(p, key)
    }
  }
}

function n8(p: Planting): void {
  const { rng } = p.world
  for (let i = 0; i < 3; i++) {
    const pw = anyPlatform(p)
    const account = takeAccount(p, pw, (a) => !a.earningsAtStart)
    const date = dateBetween(rng, QUARTER.start, '2026-08-15')
    makeEvent(p.world, pw, account, rng.pick(['noSource', 'oldNewsRehash', 'other'] as const), date, [measure('contentRemoval', date), measure('warning', date)], false)
    pw.earnings.push({ accountId: account.accountId, accountName: account.accountName, action: 'grant', effectiveDate: addDays(date, rng.int(20, 45)), endDate: null, reason: '申请开通营利权限，审核通过' })
    count(p, 'grantAfterViolation')
  }
  for (let i = 0; i < 2; i++) {
    const pw = anyPlatform(p)
    const account = takeAccount(p, pw, (a) => !a.earningsAtStart && a.registeredOn < '2026-01-01')
    account.entityChangedOn = dateBetween(rng, '2026-06-15', '2026-08-10')
    pw.earnings.push({ accountId: account.accountId, accountName: account.accountName, action: 'grant', effectiveDate: addDays(account.entityChangedOn, rng.int(20, 50)), endDate: null, reason: '申请开通营利权限，审核通过' })
    count(p, 'grantAfterEntityChange')
  }
}

function n7(p: Planting): void {
  const { rng } = p.world
  for (let i = 0; i < 3; i++) {
    const pw = anyPlatform(p)
    const first = takeAccount(p, pw)
    const extra = rng.int(1, 2)
    for (let j = 0; j < extra; j++) addAccount(p, pw, { holder: first.holder, registeredOn: dateBetween(rng, first.registeredOn, SETTLED_BEFORE) })
    count(p, 'personOverLimit')
  }
  for (let i = 0; i < 2; i++) {
    const pw = anyPlatform(p)
    const holder = newEnterprise(p.world, p.takenCodes)
    const first = addAccount(p, pw, { holder })
    const n = rng.int(3, 4)
    for (let j = 1; j < n; j++) addAccount(p, pw, { holder, field: first.field as AccountField, registeredOn: dateBetween(rng, first.registeredOn, SETTLED_BEFORE) })
    count(p, 'enterpriseOverLimit')
  }
  for (let i = 0; i < 3; i++) {
    const pw = anyPlatform(p)
    const holder = newEnterprise(p.world, p.takenCodes)
    const closed = addAccount(p, pw, { holder, registeredOn: dateBetween(rng, `${pw.spec.since}-06-01`, '2025-12-31') })
    const date = dateBetween(rng, '2026-07-05', '2026-08-31')
    const violation = rng.pick(['maliciousMarketing', 'vulgarPersona'] as const)
    makeEvent(p.world, pw, closed, violation, date, [measure('closure', date, null, true), measure('earningsCancellation', date, null, true)], true)
    addAccount(p, pw, { holder, field: closed.field as AccountField, registeredOn: addDays(date, rng.int(5, 25)), accountName: `${closed.accountName}${rng.pick(['新号', '2', '官方号'])}` })
    count(p, 'reRegisteredAfterClosure')
  }
}

function n2(p: Planting): void {
  const { rng } = p.world
  const regulatedPlatform = (pw: PlatformWorld) => pw.spec.types.includes('qa') || pw.spec.types.includes('news')
  const regulated = (a: DemoAccount) => REGULATED_FIELDS.includes(a.field as AccountField)
  for (let i = 0; i < 4; i++) {
    const account = takeAccount(p, platformWhere(p, regulatedPlatform), regulated)
    account.credentialStatus = i < 2 ? null : 'unverified'
    account.credentialExpiry = null
    count(p, 'credentialMissing')
  }
  for (let i = 0; i < 3; i++) {
    const account = takeAccount(p, platformWhere(p, regulatedPlatform), regulated)
    account.credentialStatus = i < 2 ? 'expired' : 'verified'
    account.credentialExpiry = dateBetween(rng, '2026-03-01', '2026-07-31')
    count(p, 'credentialExpired')
  }
  // handled correctly, so not findings: publishing in the field suspended before any snapshot
  for (const pw of p.world.platforms.filter((x) => x.spec.types.includes('qa') && !x.spec.twoSnapshots).slice(0, 2)) {
    const account = takeAccount(p, pw, regulated)
    account.credentialStatus = 'unverified'
    account.credentialExpiry = null
    const date = dateBetween(rng, '2026-07-05', '2026-07-31') // 90 days from here still run on 09-30
    makeEvent(p.world, pw, account, 'unaccreditedProfessional', date, [measure('fieldSuspension', date, 90), measure('interactionRemoval', date, 30)], false)
  }
}

function n12(p: Planting): void {
  const { rng } = p.world
  for (const key of ['rumourClosureNotBlacklisted', 'rumourClosureNotBlacklisted', 'rumourClosureNotReported', 'rumourClosureNotReported'] as const) {
    const pw = anyPlatform(p)
    const account = takeAccount(p, pw)
    const date = dateBetween(rng, QUARTER.start, LAST_VIOLATION)
    const measures = [measure('contentRemoval', date), measure('closure', date, null, true)]
    if (key === 'rumourClosureNotReported') measures.push(measure('blacklist', date, null, true))
    makeEvent(p.world, pw, account, 'rumour', date, measures, key === 'rumourClosureNotBlacklisted')
    count(p, key)
  }
}

function n10(p: Planting): void {
  const { rng } = p.world
  for (let i = 0; i < 3; i++) {
    const pw = platformWhere(p, (x) => x.spec.twoSnapshots)
    const firstSnapshot = pw.snapshots[0] ?? QUARTER.end
    const account = takeAccount(p, pw, (a) => a.followers >= 500)
    const date = dateBetween(rng, '2026-07-10', addDays(firstSnapshot, -5))
    makeEvent(p.world, pw, account, 'followInducement', date, [measure('contentRemoval', date), ...silencingPair(rng, date, 90)], false)
    account.followersLater = account.followers + Math.max(200, Math.round(account.followers * rng.int(8, 30) / 100))
    count(p, 'followersRoseWhileSilenced')
  }
  for (let i = 0; i < 3; i++) {
    const pw = anyPlatform(p)
    const account = takeAccount(p, pw)
    let date = dateBetween(rng, QUARTER.start, '2026-07-25')
    for (let j = 0; j < 3; j++) {
      const light = rng.chance(0.5) ? measure('warning', date) : measure('trafficLimit', date, 15)
      makeEvent(p.world, pw, account, 'hotTopicHype', date, [measure('contentRemoval', date), light], false)
      date = addDays(date, rng.int(15, 30))
    }
    count(p, 'hypeWithoutFreeze')
  }
}

function n11(p: Planting): void {
  const { rng } = p.world
  const signed = (pw: PlatformWorld, mcn: string) => pw.accounts.filter((a) => a.mcn === mcn && !a.reserved && !a.cancelled && a.entityChangedOn === null)
  const platforms = rng.shuffle(p.world.platforms.filter((pw) => pw.spec.types.some((t) => t === 'live' || t === 'shortVideo')))
  for (const pw of platforms.slice(0, 2)) {
    const mcns = [...new Set(pw.accounts.map((a) => a.mcn).filter((m) => m !== ''))].filter((m) => signed(pw, m).length >= 6)
    const mcn = rng.pick(mcns)
    pw.reservedMcns.add(mcn)
    const accounts = rng.shuffle(signed(pw, mcn)).slice(0, rng.int(4, 5))
    const from = dateBetween(rng, QUARTER.start, '2026-09-01')
    for (const account of accounts) {
      account.reserved = true
      const date = dateBetween(rng, from, addDays(from, 20))
      const violation = rng.pick(['maliciousMarketing', 'hotTopicHype'] as const)
      const measures = violation === 'maliciousMarketing' ? [measure('contentRemoval', date), measure('earningsCancellation', date, null, true)] : [measure('contentRemoval', date), measure('trafficLimit', date, 15)]
      makeEvent(p.world, pw, account, violation, date, measures, false)
    }
    count(p, 'mcnWithManyDisposed')
  }
}

function crossPlatform(p: Planting): void {
  const { rng } = p.world
  for (let i = 0; i < 3; i++) {
    const [a, b] = rng.shuffle(p.world.platforms) as [PlatformWorld, PlatformWorld]
    const first = takeAccount(p, a)
    const second = addAccount(p, b, { holder: first.holder, registeredOn: dateBetween(rng, `${b.spec.since}-06-01`, SETTLED_BEFORE) })
    const date = dateBetween(rng, QUARTER.start, '2026-08-31')
    const later = addDays(date, rng.int(2, 25))
    const measures = (d: string): MeasureSpec[] => (rng.chance(0.5) ? [measure('contentRemoval', d), measure('trafficLimit', d, 30)] : [measure('contentRemoval', d), ...silencingPair(rng, d)])
    makeEvent(p.world, a, first, 'matrixPublishing', date, measures(date), true)
    makeEvent(p.world, b, second, rng.pick(['matrixPublishing', 'rumour'] as const), later, measures(later), true)
    count(p, 'crossPlatformHolders')
  }
}

/** Plants every pattern; runs after the clean population and before clean events. */
export function plant(world: World, takenCodes: Set<string>): void {
  const holderAccounts = new Map<string, number>()
  for (const pw of world.platforms) for (const a of pw.accounts) holderAccounts.set(a.holder.key, (holderAccounts.get(a.holder.key) ?? 0) + 1)
  const p: Planting = { world, holderAccounts, takenCodes }
  for (const key of PLANTED_KEYS) world.planted[key] = 0
  n11(p) // first: it needs MCNs with enough untouched accounts
  n9(p)
  n8(p)
  n7(p)
  n2(p)
  n12(p)
  n10(p)
  crossPlatform(p)
}

