// The demo's working model, before it becomes report rows: accounts with their holders, violation events
// with the measures taken, and explicit earnings changes. Generators and planters edit this model; the
// rows are derived from it at the end, so that statuses, followers and earnings stay consistent.
import type { Platform } from '../domain/platform'
import type { CredentialStatus, EarningsChange, HolderType, Measure, ViolationType } from '../domain/records'
import { addDays } from '../util/dates'
import type { Rng } from './random'
import type { PlatformSpec } from './platforms'

/** The quarter the demo reports cover, and when platforms sent them (after the National Day holiday). */
export const QUARTER = { start: '2026-07-01', end: '2026-09-30', label: '2026Q3' } as const

/** Who holds an account: a person (key: hashed real-name id) or an enterprise (key: its credit code). */
export interface Holder {
  key: string
  type: HolderType
}

export interface DemoAccount {
  platformId: string
  accountId: string
  accountName: string
  holder: Holder
  mcn: string
  field: string
  credentialStatus: CredentialStatus | null
  credentialExpiry: string | null
  /** whether earnings were enabled when the quarter began */
  earningsAtStart: boolean
  entityChangedOn: string | null
  registeredOn: string
  /** followers at the first snapshot of the quarter */
  followers: number
  /** followers at the second snapshot, when the planter fixes it; otherwise derived */
  followersLater: number | null
  /** 注销 by the holder before the quarter: no events, no earnings */
  cancelled: boolean
  /** taken by a planted pattern: clean generation leaves it alone */
  reserved: boolean
}

export interface MeasureSpec {
  measure: Measure
  start: string
  /** null when permanent or not a timed measure */
  days: number | null
  permanent: boolean
  followersRemoved: number | null
}

/** One violation and the measures the platform took for it (one disposition row per measure). */
export interface DemoEvent {
  account: DemoAccount
  violation: ViolationType
  date: string
  measures: MeasureSpec[]
  reportedToCac: boolean
  summary: string
  contentUrl: string
}

export interface PlatformWorld {
  spec: PlatformSpec
  platform: Platform
  accounts: DemoAccount[]
  events: DemoEvent[]
  /** earnings changes written directly (grants, restores, planted ones); suspensions and cancellations
   * that follow from events are derived later */
  earnings: Omit<EarningsChange, 'platformId'>[]
  /** snapshot dates of the accounts report: one, or two monthly ones */
  snapshots: string[]
  /** MCNs whose accounts clean generation must not dispose of (a planter owns them) */
  reservedMcns: Set<string>
}

export interface World {
  rng: Rng
  seed: number
  platforms: PlatformWorld[]
  /** holders disposed of anywhere, so that clean data never links two platforms by accident */
  disposedHolders: Map<string, string>
  /** disposed accounts per MCN, across platforms */
  disposedPerMcn: Map<string, number>
  /** running counters for unique ids and names */
  counters: { person: number; enterprise: number }
  planted: Record<string, number>
}

export function measure(kind: Measure, start: string, days: number | null = null, permanent = false, followersRemoved: number | null = null): MeasureSpec {
  return { measure: kind, start, days, permanent, followersRemoved }
}

/** The last day a timed measure applies (inclusive: 7 days from 07-01 run through 07-07). */
export function lastDay(m: MeasureSpec): string | null {
  return m.days === null ? null : addDays(m.start, m.days - 1)
}
