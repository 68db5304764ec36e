// Running the rule checks: every platform rule over each platform's data, then the cross-platform rule over
// all of them. Pure: the caller reads the store (or files, for the `check` command) and stores the result.
import type { ParameterValues } from '../catalogue/types'
import type { Report } from '../domain/report'
import type { Segment } from '../packing/columns'
import { accountsPerHolder, credential, reregistration } from './accounts'
import { closureBlacklist } from './closures'
import { crossPlatform } from './cross'
import { PlatformData } from './dataset'
import { cleanRecord, earningsSuspension, entityChange } from './earnings'
import { followersWhileSilenced, hypeFreeze } from './followers'
import { mcnDisposed } from './mcn'
import { endBeforeStart, futureDate, periodOverlap, unknownAccount } from './quality'
import type { PlatformRule, RuleFinding, RuleId } from './types'

export const PLATFORM_RULES: readonly [RuleId, PlatformRule][] = [
  ['N9.earnings-suspension', earningsSuspension],
  ['N12.closure-blacklist', closureBlacklist],
  ['N8.clean-record', cleanRecord],
  ['N8.entity-change', entityChange],
  ['N2.credential', credential],
  ['N7.accounts-per-holder', accountsPerHolder],
  ['N7.reregistration', reregistration],
  ['N10.followers-while-silenced', followersWhileSilenced],
  ['N10.hype-freeze', hypeFreeze],
  ['N11.mcn', mcnDisposed],
  ['Q.period-overlap', periodOverlap],
  ['Q.future-date', futureDate],
  ['Q.unknown-account', unknownAccount],
  ['Q.end-before-start', endBeforeStart],
]

export interface PlatformInput {
  platformId: string
  platformName: string
  /** the platform's committed reports */
  reports: readonly Report[]
  segments: readonly Segment[]
}

export interface RunOptions {
  /** only these rules (all by default) */
  only?: readonly RuleId[]
  /** run the per-platform rules only for these platforms (all by default); the cross-platform rule always
   * reads every platform given, since a holder's other platforms are what it looks for */
  scope?: ReadonlySet<string>
  /** called after each platform, for progress and cancel */
  between?: (done: number, total: number) => void
}

export function runRules(platforms: readonly PlatformInput[], params: ParameterValues, options: RunOptions = {}): RuleFinding[] {
  const wanted = (id: RuleId) => !options.only || options.only.includes(id)
  const findings: RuleFinding[] = []
  const emit = (f: RuleFinding) => findings.push(f)
  const ctx = { params }
  const datasets: PlatformData[] = []
  platforms.forEach((p, i) => {
    const data = new PlatformData(p.platformId, p.platformName, p.reports, p.segments)
    datasets.push(data)
    if (!options.scope || options.scope.has(p.platformId)) for (const [id, rule] of PLATFORM_RULES) if (wanted(id)) rule(data, ctx, emit)
    options.between?.(i + 1, platforms.length)
  })
  if (wanted('X.cross-platform')) crossPlatform(datasets, ctx, emit)
  return findings
}
