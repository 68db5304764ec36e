// The rules against the demo data set, whose generator plants each rule's cases and counts them on its own:
// two independent accounts of the same semantics must agree exactly.
import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import { parameterValues } from '../catalogue/versions'
import { generateDemo, type PlantedKey } from '../demo'
import { packSegments } from '../packing/columns'
import { computeStats } from '../packing/stats'
import type { Report } from '../domain/report'
import { runRules, type PlatformInput } from './run'

const EXPECTED: Record<PlantedKey, [string, string]> = {
  silencingWithoutSuspension: ['N9.earnings-suspension', 'suspensionMissing'],
  suspensionTooShort: ['N9.earnings-suspension', 'suspensionShort'],
  suspensionTooLong: ['N9.earnings-suspension', 'suspensionLong'],
  suspensionNotConcurrent: ['N9.earnings-suspension', 'suspensionLate'],
  grantAfterViolation: ['N8.clean-record', 'grantAfterViolation'],
  grantAfterEntityChange: ['N8.entity-change', 'grantAfterEntityChange'],
  personOverLimit: ['N7.accounts-per-holder', 'tooManyPerson'],
  enterpriseOverLimit: ['N7.accounts-per-holder', 'tooManyEnterprise'],
  reRegisteredAfterClosure: ['N7.reregistration', 'reregistered'],
  credentialMissing: ['N2.credential', 'credentialMissing'],
  credentialExpired: ['N2.credential', 'credentialExpired'],
  rumourClosureNotBlacklisted: ['N12.closure-blacklist', 'closureNotBlacklisted'],
  rumourClosureNotReported: ['N12.closure-blacklist', 'closureNotReported'],
  followersRoseWhileSilenced: ['N10.followers-while-silenced', 'followersWhileSilenced'],
  hypeWithoutFreeze: ['N10.hype-freeze', 'hypeNoFreeze'],
  mcnWithManyDisposed: ['N11.mcn', 'mcnDisposed'],
  crossPlatformHolders: ['X.cross-platform', 'crossPlatform'],
}

function demoInputs(seed?: number): { platforms: PlatformInput[]; planted: Record<string, number> } {
  const demo = generateDemo(seed)
  const platforms = demo.platforms.map((p): PlatformInput => {
    const own = demo.reports.filter((r) => r.header.platformId === p.id)
    const reports: Report[] = own.map((r, i) => ({
      ...r.header, stats: computeStats(r.header.kind, r.rows), status: 'committed', importedBy: 'demo',
      importedAt: `2026-10-10T00:00:0${i}.000Z`, segments: 1,
    }))
    const segments = own.flatMap((r) => packSegments(r.header.kind, r.header.id, p.id, r.rows, r.sourceRows))
    return { platformId: p.id, platformName: p.name, reports, segments }
  })
  return { platforms, planted: demo.planted }
}

describe('rules on the demo data', () => {
  for (const seed of [undefined, 7]) {
    it(`find exactly the planted cases (seed ${seed ?? 'default'})`, () => {
      const { platforms, planted } = demoInputs(seed)
      const findings = runRules(platforms, parameterValues(noticeCatalogue()))
      const counted: Record<string, number> = {}
      for (const f of findings) {
        const key = `${f.rule} ${f.message.key.replace('rules.explain.', '')}`
        counted[key] = (counted[key] ?? 0) + 1
      }
      const expected: Record<string, number> = {}
      for (const [plant, [rule, message]] of Object.entries(EXPECTED)) {
        const n = planted[plant] ?? 0
        if (n > 0) expected[`${rule} ${message}`] = (expected[`${rule} ${message}`] ?? 0) + n
      }
      expect(counted).toEqual(expected)
    })
  }
})
