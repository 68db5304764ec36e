// The parameter keys the rule checks read, known at run time: the kind each key must have, the hard floor
// no catalogue may go below, and the closed set of values a list may hold. `satisfies` keeps this table
// in step with `ParameterValues`: a new key there fails to compile until it is described here.
import { VIOLATION_TYPES } from '../domain/records'
import type { ParameterKey, ParameterKind } from './types'

export interface ParameterSpec {
  kind: ParameterKind
  /** the least value that still makes sense whatever a catalogue's own bounds say (numbers only) */
  floor?: number
  /** for lists: the only values the rule checks understand */
  allowed?: readonly string[]
}

export const PARAMETER_SPECS = {
  earningsSuspensionMultiple: { kind: 'range', floor: 1 },
  concurrencyToleranceDays: { kind: 'integer', floor: 0 },
  cleanRecordMonths: { kind: 'integer', floor: 1 },
  entityChangeSuspensionMonths: { kind: 'integer', floor: 1 },
  accountsPerPerson: { kind: 'integer', floor: 1 },
  accountsPerEnterprise: { kind: 'integer', floor: 1 },
  // free words: offices may add fields of their own (e.g. 心理咨询), matched against the accounts' field label
  regulatedFields: { kind: 'list' },
  // codes, not words: the rule compares them with dispositions' violation types
  closureViolations: { kind: 'list', allowed: VIOLATION_TYPES },
  hypeDispositionThreshold: { kind: 'integer', floor: 1 },
  hypeWindowDays: { kind: 'integer', floor: 1 },
  mcnDisposedAccountThreshold: { kind: 'integer', floor: 1 },
  crossPlatformWindowDays: { kind: 'integer', floor: 1 },
} as const satisfies Record<ParameterKey, ParameterSpec>

export const PARAMETER_KEYS = Object.keys(PARAMETER_SPECS) as ParameterKey[]

export function isParameterKey(key: string): key is ParameterKey {
  return Object.hasOwn(PARAMETER_SPECS, key)
}
