// What a rule check produces: a finding naming the duty a platform's own data shows it did not meet, with a
// one-sentence explanation (a message with its numbers) and the records that prove it.
import type { ParameterValues } from '../catalogue/types'
import type { Severity } from '../domain/findings'
import type { Message } from '../i18n'
import { sha256Hex } from '../util/hash'
import type { PlatformData } from './dataset'

export const RULE_IDS = [
  'N9.earnings-suspension',
  'N12.closure-blacklist',
  'N8.clean-record',
  'N8.entity-change',
  'N2.credential',
  'N7.accounts-per-holder',
  'N7.reregistration',
  'N10.followers-while-silenced',
  'N10.hype-freeze',
  'N11.mcn',
  'X.cross-platform',
  'Q.period-overlap',
  'Q.future-date',
  'Q.unknown-account',
  'Q.end-before-start',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** The catalogue requirement each rule checks. */
export const RULE_REQUIREMENT: Record<RuleId, string> = {
  'N9.earnings-suspension': 'N9.1',
  'N12.closure-blacklist': 'N12.2',
  'N8.clean-record': 'N8.1',
  'N8.entity-change': 'N8.2',
  'N2.credential': 'N2.3',
  'N7.accounts-per-holder': 'N7.1',
  'N7.reregistration': 'N7.4',
  'N10.followers-while-silenced': 'N10.2',
  'N10.hype-freeze': 'N10.3',
  'N11.mcn': 'N11.3',
  'X.cross-platform': 'N7.2',
  'Q.period-overlap': 'N9.3',
  'Q.future-date': 'N9.3',
  'Q.unknown-account': 'N9.3',
  'Q.end-before-start': 'N9.3',
}

export interface RuleFinding {
  /** stable across re-runs: the rule, the platform and what the finding is anchored on */
  id: string
  rule: RuleId
  requirementId: string
  platformId: string
  accountId: string | null
  holderKey: string | null
  severity: Severity
  message: Message
  /** `segmentId#index` of each record that proves it (or report ids for report-level findings) */
  evidence: string[]
  /** the month (YYYY-MM) the finding's facts fall in */
  period: string
}

export interface RuleContext {
  params: ParameterValues
}

/** A rule over one platform's data. */
export type PlatformRule = (data: PlatformData, ctx: RuleContext, emit: (finding: RuleFinding) => void) => void

export function findingId(rule: RuleId, platformId: string, anchor: string): string {
  return sha256Hex(`${rule}\u0000${platformId}\u0000${anchor}`).slice(0, 24)
}

export function finding(
  rule: RuleId,
  platformId: string,
  anchor: string,
  fields: Omit<RuleFinding, 'id' | 'rule' | 'requirementId' | 'platformId'>,
): RuleFinding {
  return { id: findingId(rule, platformId, anchor), rule, requirementId: RULE_REQUIREMENT[rule], platformId, ...fields }
}
