// The clean account population of each platform: holders (persons hold one account per platform,
// enterprises one or two), MCN signings, fields with their credentials, followers, earnings, entity
// changes and registration dates. Nothing here breaks a rule; the planters add the exceptions.
import { dayNumber, isoFromDay } from '../util/dates'
import { sha256Hex } from '../util/hash'
import { companyCreditCode } from './platforms'
import type { Rng } from './random'
import { REGULATED_FIELDS, enterpriseName, fieldFor, mcnNames, personalAccountName, type AccountField } from './vocabulary'
import { QUARTER, type DemoAccount, type Holder, type PlatformWorld, type World } from './world'

/** Accounts of holders that own more than one (enterprises) or appear on several platforms register
 * before the quarter, so that a closure in the quarter never precedes a sibling's registration. */
export const SETTLED_BEFORE = '2026-06-30'

/** Holder changes from this day on still suspend earnings when the quarter begins (three months). */
export const ENTITY_SUSPENDED_FROM = '2026-04-01'

const DIVISIONS = ['320102', '320106', '320505', '320206', '320402', '320602', '321002', '320302', '321102', '321202']

export function dateBetween(rng: Rng, from: string, to: string, recentBias = 1): string {
  const a = dayNumber(from)
  const b = dayNumber(to)
  return isoFromDay(a + Math.floor((b - a + 1) * Math.pow(rng.next(), 1 / recentBias)))
}

export function newPerson(world: World): Holder {
  world.counters.person++
  return { type: 'person', key: sha256Hex(`demo:${world.seed}:person:${world.counters.person}`) }
}

export function newEnterprise(world: World, taken: Set<string>): Holder {
  for (;;) {
    const key = companyCreditCode(world.rng, world.rng.pick(DIVISIONS))
    if (taken.has(key)) continue
    taken.add(key)
    world.counters.enterprise++
    return { type: 'enterprise', key }
  }
}

export interface AccountDraft {
  holder: Holder
  field?: AccountField
  mcn?: string
  registeredOn?: string
  accountName?: string
}

/** Makes one clean account on a platform; the caller adds it to the platform's list. */
export function makeAccount(world: World, pw: PlatformWorld, draft: AccountDraft): DemoAccount {
  const { rng } = world
  const spec = pw.spec
  const regulatedShare = spec.types.includes('qa') ? 0.22 : spec.types.includes('news') ? 0.08 : 0.06
  const field = draft.field ?? fieldFor(rng, regulatedShare)
  const enterprise = draft.holder.type === 'enterprise'
  const latest = draft.holder.type === 'person' && draft.mcn === undefined ? QUARTER.end : SETTLED_BEFORE
  const registeredOn = draft.registeredOn ?? dateBetween(rng, `${spec.since}-03-01`, latest, 2.2)
  const ageYears = (dayNumber(QUARTER.end) - dayNumber(registeredOn)) / 365
  const median = (enterprise ? 9000 : draft.mcn ? 26_000 : 1500) * Math.min(1, 0.25 + ageYears / 3)
  const followers = Math.max(0, Math.min(8_000_000, rng.logNormal(median, 1.5)))
  const regulated = REGULATED_FIELDS.includes(field)
  const credentialStatus = regulated ? 'verified' : rng.weighted([[null, 70], ['unverified', 20], ['verified', 10]] as const)
  const credentialExpiry = credentialStatus === 'verified' ? dateBetween(rng, '2026-12-01', '2029-06-30') : null
  const inQuarter = registeredOn >= QUARTER.start
  const entityChangedOn = !inQuarter && rng.chance(0.025) ? entityChangeDate(rng, registeredOn) : null
  // a holder change in the three months before the quarter leaves earnings suspended as it begins
  const suspendedByChange = entityChangedOn !== null && entityChangedOn >= ENTITY_SUSPENDED_FROM && entityChangedOn < QUARTER.start
  const earningsAtStart = !inQuarter && !suspendedByChange && followers >= 1000 && rng.chance(enterprise ? 0.6 : 0.45)
  return {
    platformId: pw.platform.id,
    accountId: spec.accountId(pw.accounts.length),
    accountName: draft.accountName ?? (enterprise ? enterpriseName(rng, field).account : personalAccountName(rng, field)),
    holder: draft.holder,
    mcn: draft.mcn ?? '',
    field,
    credentialStatus,
    credentialExpiry,
    earningsAtStart,
    entityChangedOn,
    registeredOn,
    followers,
    followersLater: null,
    cancelled: false,
    reserved: false,
  }
}

function entityChangeDate(rng: Rng, registeredOn: string): string | null {
  const date = rng.weighted([
    [() => dateBetween(rng, QUARTER.start, '2026-09-20'), 4],
    [() => dateBetween(rng, ENTITY_SUSPENDED_FROM, '2026-06-30'), 3],
    [() => dateBetween(rng, '2024-06-01', '2026-03-31'), 3],
  ] as const)()
  return dayNumber(date) - dayNumber(registeredOn) > 60 ? date : null
}

/** Fills a platform with its clean population. Persons held elsewhere sometimes open an account here too. */
export function populate(world: World, pw: PlatformWorld, personPool: Holder[], takenCodes: Set<string>, takenMcns: Set<string>): void {
  const { rng } = world
  const spec = pw.spec
  const mcnShare = spec.types.some((t) => t === 'live' || t === 'shortVideo') ? 0.24 : 0.1
  const mcns = mcnNames(rng, Math.round(spec.accounts / 70) + 4, takenMcns)
  const enterpriseShare = spec.types.includes('news') ? 0.11 : 0.06
  const othersHere = personPool.length
  const usedHere = new Set<string>()
  while (pw.accounts.length < spec.accounts) {
    if (rng.chance(enterpriseShare)) {
      const holder = newEnterprise(world, takenCodes)
      const first = makeAccount(world, pw, { holder })
      pw.accounts.push(first)
      if (rng.chance(0.3)) {
        const company = first.accountName.replace(/(官方|官微|服务号)$/, '')
        pw.accounts.push(makeAccount(world, pw, { holder, field: first.field as AccountField, accountName: `${company}${rng.pick(['客服', '资讯', '直播间'])}` }))
      }
      continue
    }
    const shared = othersHere > 0 && rng.chance(0.03) ? rng.pick(personPool.slice(0, othersHere)) : null
    if (shared && !usedHere.has(shared.key)) {
      usedHere.add(shared.key)
      pw.accounts.push(makeAccount(world, pw, { holder: shared, registeredOn: dateBetween(rng, `${spec.since}-03-01`, SETTLED_BEFORE, 2) }))
      continue
    }
    const holder = newPerson(world)
    personPool.push(holder)
    usedHere.add(holder.key)
    const mcn = rng.chance(mcnShare) ? rng.pick(mcns) : undefined
    const account = makeAccount(world, pw, mcn === undefined ? { holder } : { holder, mcn })
    account.cancelled = !mcn && rng.chance(0.008)
    if (account.cancelled) account.earningsAtStart = false
    pw.accounts.push(account)
  }
}
