import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from '../catalogue/notice-2023'
import { parameterValues } from '../catalogue/versions'
import { runRules, type PlatformInput } from './run'
import { disposition as d, earnings as e, platform, report, snapshot as s } from './testing'
import type { RuleId } from './types'

const params = parameterValues(noticeCatalogue())

function check(rule: RuleId, ...platforms: PlatformInput[]) {
  return runRules(platforms, params, { only: [rule] })
}
const keys = (findings: ReturnType<typeof check>) => findings.map((f) => f.message.key.replace('rules.explain.', ''))

const silence = (account: string, start: string, days: number) => d(account, { measure: 'silencing', measureStart: start, measureDays: days, violationDate: start })
const suspend = (account: string, start: string, days: number) => d(account, { measure: 'earningsSuspension', measureStart: start, measureDays: days, violationDate: start })

describe('N9.earnings-suspension', () => {
  const run = (...rows: ReturnType<typeof d>[]) => keys(check('N9.earnings-suspension', platform('p', report('p', 'dispositions', rows))))

  it('accepts a concurrent suspension of exactly 2×D and of exactly 3×D', () => {
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-01', 60))).toEqual([])
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-01', 90))).toEqual([])
  })

  it('names a suspension one day short of 2×D or one day over 3×D', () => {
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-01', 59))).toEqual(['suspensionShort'])
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-01', 91))).toEqual(['suspensionLong'])
  })

  it('counts a start one day apart as concurrent, two days apart as not', () => {
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-02', 60))).toEqual([])
    expect(run(silence('a', '2026-07-01', 30), suspend('a', '2026-07-03', 60))).toEqual(['suspensionLate'])
  })

  it('names a missing suspension, and is satisfied by any concurrent cancellation', () => {
    expect(run(silence('a', '2026-07-01', 30))).toEqual(['suspensionMissing'])
    expect(run(silence('a', '2026-07-01', 30), d('a', { measure: 'earningsCancellation', measureStart: '2026-07-01' }))).toEqual([])
  })

  it('leaves permanent silencing out and looks only at the same account', () => {
    expect(run(d('a', { measure: 'silencing', permanent: true, measureStart: '2026-07-01' }))).toEqual([])
    expect(run(silence('a', '2026-07-01', 30), suspend('b', '2026-07-01', 60))).toEqual(['suspensionMissing'])
  })

  it('reads suspensions from the earnings report too, and explains with the numbers', () => {
    const dispositions = report('p', 'dispositions', [silence('a', '2026-07-01', 30)])
    const changes = report('p', 'earnings', [e('a', { action: 'suspend', effectiveDate: '2026-07-01', endDate: '2026-08-29' })])
    expect(check('N9.earnings-suspension', platform('p', dispositions, changes))).toEqual([])
    const short = report('p', 'earnings', [e('a', { action: 'suspend', effectiveDate: '2026-07-01', endDate: '2026-07-30' })])
    const [f] = check('N9.earnings-suspension', platform('p', dispositions, short))
    expect(f?.message).toEqual({ key: 'rules.explain.suspensionShort', params: { days: 30, start: '2026-07-01', min: 60, max: 90, suspended: 30 } })
    expect(f?.evidence).toHaveLength(2)
    expect(f?.severity).toBe('medium')
  })

  it('reads the multiple and the tolerance from the catalogue', () => {
    const rows = [silence('a', '2026-07-01', 30), suspend('a', '2026-07-03', 45)]
    const loose = { ...params, earningsSuspensionMultiple: { min: 1.5, max: 3 }, concurrencyToleranceDays: 2 }
    expect(runRules([platform('p', report('p', 'dispositions', rows))], loose, { only: ['N9.earnings-suspension'] })).toEqual([])
  })
})

describe('N12.closure-blacklist', () => {
  const run = (...rows: ReturnType<typeof d>[]) => keys(check('N12.closure-blacklist', platform('p', report('p', 'dispositions', rows))))
  const close = (violationType: 'rumour' | 'hotTopicHype' | 'distortion', reportedToCac: boolean | null) => d('a', { measure: 'closure', violationType, reportedToCac })

  it('requires blacklisting and a report to the office for rumours, hype and matrices', () => {
    expect(run(close('rumour', true))).toEqual(['closureNotBlacklisted'])
    expect(run(close('hotTopicHype', false), d('a', { measure: 'blacklist' }))).toEqual(['closureNotReported'])
    expect(run(close('rumour', null))).toEqual(['closureNeither'])
    expect(run(close('rumour', false), d('a', { measure: 'blacklist', reportedToCac: true }))).toEqual([])
    expect(run(close('distortion', false))).toEqual([])
  })
})

describe('N8 earnings grants', () => {
  const grantAfterViolation = (granted: string) =>
    keys(check('N8.clean-record', platform('p', report('p', 'dispositions', [d('a', { violationDate: '2026-07-15' })]), report('p', 'earnings', [e('a', { effectiveDate: granted })]))))

  it('finds a grant on the last day of the three months after a violation, not the day after', () => {
    expect(grantAfterViolation('2026-10-14')).toEqual(['grantAfterViolation'])
    expect(grantAfterViolation('2026-10-15')).toEqual([])
    expect(grantAfterViolation('2026-07-15')).toEqual(['grantAfterViolation'])
    expect(grantAfterViolation('2026-07-14')).toEqual([])
  })

  it('finds a grant within three months of a change of holder', () => {
    const run = (granted: string) =>
      keys(check('N8.entity-change', platform('p', report('p', 'accounts', [s('a', { entityChangedOn: '2026-06-30' })]), report('p', 'earnings', [e('a', { effectiveDate: granted })]))))
    expect(run('2026-09-29')).toEqual(['grantAfterEntityChange'])
    expect(run('2026-09-30')).toEqual([])
  })
})

describe('N2.credential', () => {
  const run = (...rows: ReturnType<typeof s>[]) => keys(check('N2.credential', platform('p', report('p', 'accounts', rows))))
  it('flags regulated-field accounts without a valid credential that are still live', () => {
    expect(run(s('a', { field: '金融', credentialStatus: 'unverified' }))).toEqual(['credentialMissing'])
    expect(run(s('a', { field: '医疗卫生', credentialStatus: null }))).toEqual(['credentialMissing'])
    expect(run(s('a', { field: '教育', credentialStatus: 'expired', credentialExpiry: '2026-05-01' }))).toEqual(['credentialExpired'])
    expect(run(s('a', { field: '司法', credentialStatus: 'verified', credentialExpiry: '2026-09-29' }))).toEqual(['credentialExpired'])
    expect(run(s('a', { field: '司法', credentialStatus: 'verified', credentialExpiry: '2026-09-30' }))).toEqual([])
    expect(run(s('a', { field: '金融', credentialStatus: 'unverified', status: 'closed' }))).toEqual([])
    expect(run(s('a', { field: '娱乐', credentialStatus: 'unverified' }))).toEqual([])
  })
  it('uses the latest snapshot, and accepts a field suspension in force', () => {
    const older = report('p', 'accounts', [s('a', { field: '金融', credentialStatus: 'unverified', snapshotDate: '2026-08-31' })])
    const newer = report('p', 'accounts', [s('a', { field: '金融', credentialStatus: 'verified', snapshotDate: '2026-09-30' })])
    expect(check('N2.credential', platform('p', newer, older))).toEqual([])
    const suspended = report('p', 'dispositions', [d('a', { measure: 'fieldSuspension', measureStart: '2026-08-01', measureDays: 31 })])
    expect(check('N2.credential', platform('p', older, suspended))).toEqual([])
    const ended = report('p', 'dispositions', [d('a', { measure: 'fieldSuspension', measureStart: '2026-08-01', measureDays: 30 })])
    expect(keys(check('N2.credential', platform('p', older, ended)))).toEqual(['credentialMissing'])
  })
})

describe('N7', () => {
  it('allows one live account per person and two per enterprise', () => {
    const run = (...rows: ReturnType<typeof s>[]) => keys(check('N7.accounts-per-holder', platform('p', report('p', 'accounts', rows))))
    expect(run(s('a', { holderKey: 'h1' }), s('b', { holderKey: 'h1' }))).toEqual(['tooManyPerson'])
    expect(run(s('a', { holderKey: 'h1' }), s('b', { holderKey: 'h1', status: 'closed' }))).toEqual([])
    const firm = (id: string) => s(id, { holderKey: 'c1', holderType: 'enterprise' })
    expect(run(firm('a'), firm('b'))).toEqual([])
    expect(run(firm('a'), firm('b'), firm('c'))).toEqual(['tooManyEnterprise'])
  })

  it('finds an account registered on or after the day the same holder\'s account was closed', () => {
    const run = (registered: string) =>
      keys(
        check(
          'N7.reregistration',
          platform(
            'p',
            report('p', 'accounts', [s('old', { holderKey: 'h', status: 'closed' }), s('new', { holderKey: 'h', registeredOn: registered })]),
            report('p', 'dispositions', [d('old', { measure: 'closure', measureStart: '2026-08-18' })]),
          ),
        ),
      )
    expect(run('2026-08-18')).toEqual(['reregistered'])
    expect(run('2026-08-17')).toEqual([])
  })
})

describe('N10', () => {
  it('finds followers rising between two snapshots inside a silencing', () => {
    const run = (followersAfter: number, secondDate = '2026-07-25') =>
      keys(
        check(
          'N10.followers-while-silenced',
          platform('p', report('p', 'accounts', [s('a', { followers: 100, snapshotDate: '2026-07-05' })]), report('p', 'accounts', [s('a', { followers: followersAfter, snapshotDate: secondDate })]), report('p', 'dispositions', [silence('a', '2026-07-01', 30)])),
        ),
      )
    expect(run(120)).toEqual(['followersWhileSilenced'])
    expect(run(90)).toEqual([])
    expect(run(120, '2026-07-31')).toEqual([])
  })

  it('finds repeated hype on three days within 90 without a follower freeze', () => {
    const hype = (date: string, measure: 'warning' | 'silencing' | 'followerFreeze' = 'warning') => d('a', { violationType: 'hotTopicHype', violationDate: date, measure, measureStart: date })
    const run = (...rows: ReturnType<typeof d>[]) => keys(check('N10.hype-freeze', platform('p', report('p', 'dispositions', rows))))
    expect(run(hype('2026-07-01'), hype('2026-08-01'), hype('2026-09-28'))).toEqual(['hypeNoFreeze'])
    expect(run(hype('2026-07-01'), hype('2026-08-01'), hype('2026-09-29'))).toEqual([])
    expect(run(hype('2026-07-01'), hype('2026-07-01', 'silencing'), hype('2026-08-01'))).toEqual([])
    expect(run(hype('2026-07-01'), hype('2026-08-01'), hype('2026-09-01'), hype('2026-09-01', 'followerFreeze'))).toEqual([])
  })
})

describe('N11.mcn and cross-platform', () => {
  it('flags an MCN with three disposed signed accounts in one report period', () => {
    const accounts = report('p', 'accounts', ['a', 'b', 'c', 'x'].map((id) => s(id, { mcn: id === 'x' ? '' : '某MCN' })))
    const three = report('p', 'dispositions', [d('a'), d('a', { measure: 'contentRemoval' }), d('b'), d('c'), d('x')])
    const [f] = check('N11.mcn', platform('p', accounts, three))
    expect(f?.message.params).toMatchObject({ mcn: '某MCN', count: 3 })
    expect(check('N11.mcn', platform('p', accounts, report('p', 'dispositions', [d('a'), d('b')])))).toEqual([])
  })

  it('finds the same holder disposed of on two platforms within 30 days', () => {
    const on = (p: string, date: string) => platform(p, report(p, 'accounts', [s(`${p}-acc`, { holderKey: 'shared' })]), report(p, 'dispositions', [d(`${p}-acc`, { violationDate: date })]))
    const [f] = check('X.cross-platform', on('A', '2026-07-01'), on('B', '2026-07-31'))
    expect(f?.message.params).toMatchObject({ platforms: 'A、B', gap: 30 })
    expect(check('X.cross-platform', on('A', '2026-07-01'), on('B', '2026-08-01'))).toEqual([])
    expect(check('X.cross-platform', on('A', '2026-07-01'))).toEqual([])
  })
})

describe('report quality', () => {
  it('finds overlapping periods, dates after receipt, unknown accounts and ends before starts', () => {
    const accounts = report('p', 'accounts', [s('a')])
    const first = report('p', 'dispositions', [d('a')], { periodStart: '2026-07-01', periodEnd: '2026-09-30' })
    const second = report('p', 'dispositions', [d('a', { violationDate: '2026-10-20' }), d('zz'), d('a', { measure: 'silencing', measureStart: '2026-08-10', measureEnd: '2026-08-01', dispositionId: 'bad' })], {
      periodStart: '2026-09-01', periodEnd: '2026-10-31', receivedOn: '2026-10-15',
    })
    const all = runRules([platform('p', accounts, first, second)], params, { only: ['Q.period-overlap', 'Q.future-date', 'Q.unknown-account', 'Q.end-before-start'] })
    expect(all.map((f) => [f.rule, f.message.params?.count ?? null])).toEqual([
      ['Q.period-overlap', null],
      ['Q.future-date', 1],
      ['Q.unknown-account', 1],
      ['Q.end-before-start', 1],
    ])
  })
})

describe('finding identity', () => {
  it('keeps the same id when the same data is imported again under another report', () => {
    const once = check('N9.earnings-suspension', platform('p', report('p', 'dispositions', [silence('a', '2026-07-01', 30)])))
    const again = check('N9.earnings-suspension', platform('p', report('p', 'dispositions', [silence('a', '2026-07-01', 30)])))
    expect(once[0]?.id).toBe(again[0]?.id)
    expect(once[0]?.evidence).not.toEqual(again[0]?.evidence)
  })
})
