// Code indexes the rules compare against (the packed columns store codes as indexes into these lists).
import { ACCOUNT_STATUSES, CREDENTIAL_STATUSES, EARNINGS_ACTIONS, HOLDER_TYPES, MEASURES, VIOLATION_TYPES } from '../domain/records'
import type { AccountStatus, EarningsAction, Measure, ViolationType } from '../domain/records'
import { NO_DAY, isoFromDay } from '../util/dates'

export const measure = (m: Measure) => MEASURES.indexOf(m)
export const violation = (v: ViolationType) => VIOLATION_TYPES.indexOf(v)
export const action = (a: EarningsAction) => EARNINGS_ACTIONS.indexOf(a)
export const status = (s: AccountStatus) => ACCOUNT_STATUSES.indexOf(s)

export const M = {
  silencing: measure('silencing'),
  suspension: measure('earningsSuspension'),
  cancellation: measure('earningsCancellation'),
  closure: measure('closure'),
  blacklist: measure('blacklist'),
  followerFreeze: measure('followerFreeze'),
  followerWipe: measure('followerWipe'),
  fieldSuspension: measure('fieldSuspension'),
}

export const A = { grant: action('grant'), suspend: action('suspend'), cancel: action('cancel') }

export const PERSON = HOLDER_TYPES.indexOf('person')
export const ENTERPRISE = HOLDER_TYPES.indexOf('enterprise')
export const CREDENTIAL = { verified: CREDENTIAL_STATUSES.indexOf('verified'), unverified: CREDENTIAL_STATUSES.indexOf('unverified'), expired: CREDENTIAL_STATUSES.indexOf('expired') }

/** Statuses of an account that is no longer live. */
export const CLOSED_STATUSES = new Set([status('closed'), status('blacklisted'), status('cancelled')])

export const iso = (day: number | undefined): string => (day === undefined || day === NO_DAY ? '' : isoFromDay(day))
export const month = (day: number | undefined): string => iso(day).slice(0, 7)
export { NO_DAY }
