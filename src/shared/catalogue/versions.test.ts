import { describe, expect, it } from 'vitest'
import { NOTICE_CODE, noticeCatalogue } from './notice-2023'
import type { Catalogue } from './types'
import { activeCatalogue, admitImport, deriveVersion, parameterValues, versionStatus } from './versions'

const NOW = new Date('2026-07-02T03:04:05.000Z')

function version(v: number, effectiveFrom: string, code = NOTICE_CODE): Catalogue {
  return { ...noticeCatalogue(), id: `${code}@${v}`, code, version: v, effectiveFrom, builtIn: v === 1, basedOn: v === 1 ? null : 1 }
}

describe('parameterValues', () => {
  it('reads the notice defaults', () => {
    expect(parameterValues(noticeCatalogue())).toEqual({
      earningsSuspensionMultiple: { min: 2, max: 3 },
      concurrencyToleranceDays: 1,
      cleanRecordMonths: 3,
      entityChangeSuspensionMonths: 3,
      accountsPerPerson: 1,
      accountsPerEnterprise: 2,
      regulatedFields: ['金融', '教育', '医疗卫生', '司法'],
      closureViolations: ['rumour', 'hotTopicHype', 'matrixPublishing'],
      hypeDispositionThreshold: 3,
      hypeWindowDays: 90,
      mcnDisposedAccountThreshold: 3,
      crossPlatformWindowDays: 30,
    })
  })

  it('hands out copies: a rule changing its values changes no catalogue', () => {
    const c = noticeCatalogue()
    parameterValues(c).regulatedFields.push('心理咨询')
    expect(parameterValues(c).regulatedFields).toHaveLength(4)
  })

  it('throws on a catalogue missing a parameter (a store that skipped validation)', () => {
    const c = noticeCatalogue()
    for (const r of c.requirements) r.parameters = r.parameters.filter((p) => p.key !== 'hypeWindowDays')
    expect(() => parameterValues(c)).toThrow(/hypeWindowDays/)
  })
})

describe('activeCatalogue', () => {
  const v1 = version(1, '2023-07-10')
  const v2 = version(2, '2026-01-01')
  const v3 = version(3, '2026-01-01')
  const v4 = version(4, '2027-01-01')
  const all = [v4, v1, v3, v2]

  it('takes the latest effective date on or before the day', () => {
    expect(activeCatalogue(all, '2023-07-09')).toBeUndefined()
    expect(activeCatalogue(all, '2023-07-10')?.version).toBe(1)
    expect(activeCatalogue(all, '2025-12-31')?.version).toBe(1)
    expect(activeCatalogue(all, '2026-12-31')?.version).toBe(3)
    expect(activeCatalogue(all, '2027-01-01')?.version).toBe(4)
  })

  it('breaks a tie on the date with the higher version', () => {
    expect(activeCatalogue([v3, v2], '2026-01-01')?.version).toBe(3)
    expect(activeCatalogue([v2, v3], '2026-01-01')?.version).toBe(3)
  })

  it('keeps to one code when asked', () => {
    const other = version(1, '2026-06-01', 'gd-2026')
    expect(activeCatalogue([...all, other], '2026-07-01')?.code).toBe('gd-2026')
    expect(activeCatalogue([...all, other], '2026-07-01', NOTICE_CODE)?.version).toBe(3)
    expect(activeCatalogue([...all, other], '2026-07-01', 'nothing')).toBeUndefined()
  })

  it('tells each version where it stands', () => {
    expect(all.map((c) => versionStatus(c, all, '2026-07-01'))).toEqual(['pending', 'superseded', 'active', 'superseded'])
  })
})

describe('deriveVersion', () => {
  const base = noticeCatalogue()
  const input = { effectiveFrom: '2026-08-01', note: ' 依据省网信办通知调整 ', parameters: { accountsPerPerson: 2, earningsSuspensionMultiple: { min: 2, max: 4 } } }

  it('numbers after the highest version of the code, based on the base, never built in', () => {
    const result = deriveVersion(base, [base, version(5, '2025-01-01'), version(9, '2025-01-01', 'other')], input, '李四', NOW)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const c = result.catalogue
    expect(c).toMatchObject({
      id: `${NOTICE_CODE}@6`, version: 6, basedOn: 1, builtIn: false, effectiveFrom: '2026-08-01', note: '依据省网信办通知调整',
      createdBy: '李四', createdAt: '2026-07-02T03:04:05.000Z', titleZh: base.titleZh,
    })
    expect(parameterValues(c)).toMatchObject({ accountsPerPerson: 2, earningsSuspensionMultiple: { min: 2, max: 4 }, accountsPerEnterprise: 2 })
    expect(parameterValues(base).accountsPerPerson).toBe(1)
  })

  it('makes version 2 from the notice alone', () => {
    const result = deriveVersion(base, [base], input, '李四', NOW)
    expect(result.ok && result.catalogue.version).toBe(2)
  })

  it('allows the base effective date itself but not a day before', () => {
    expect(deriveVersion(base, [base], { ...input, effectiveFrom: '2023-07-10' }, '', NOW).ok).toBe(true)
    expect(deriveVersion(base, [base], { ...input, effectiveFrom: '2023-07-09' }, '', NOW)).toEqual({
      ok: false,
      problems: [{ key: 'validation.catalogue.effectiveBeforeBase', path: 'effectiveFrom', params: { date: '2023-07-10' } }],
    })
  })

  it('refuses an effective date that is no date', () => {
    expect(deriveVersion(base, [base], { ...input, effectiveFrom: '' }, '', NOW)).toMatchObject({
      ok: false, problems: [{ key: 'validation.catalogue.invalidDate', path: 'effectiveFrom' }],
    })
  })

  it('names out-of-range parameters by key, for the form', () => {
    const result = deriveVersion(base, [base], { ...input, parameters: { accountsPerPerson: 11, earningsSuspensionMultiple: { min: 0, max: 3 } } }, '', NOW)
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'validation.catalogue.outOfRange', path: 'parameters.accountsPerPerson', params: { key: 'accountsPerPerson', min: 1, max: 10 } },
        { key: 'validation.catalogue.outOfRange', path: 'parameters.earningsSuspensionMultiple.min', params: { key: 'earningsSuspensionMultiple', min: 1, max: 10 } },
      ],
    })
  })
})

describe('admitImport', () => {
  const held = [noticeCatalogue(), version(2, '2025-01-01')]

  function changed(v: number): Catalogue {
    const c = version(v, '2026-01-01')
    c.requirements[0]!.textZh = '改动后的要求'
    return c
  }

  it('keeps a free version number', () => {
    const result = admitImport(changed(7), held, '王五', NOW)
    expect(result).toMatchObject({ ok: true, renumberedFrom: null, catalogue: { id: `${NOTICE_CODE}@7`, builtIn: false, basedOn: 1, createdBy: '王五' } })
  })

  it('takes the next free version when the number is held with other content', () => {
    const result = admitImport(changed(2), held, '王五', NOW)
    expect(result).toMatchObject({ ok: true, renumberedFrom: 2, catalogue: { id: `${NOTICE_CODE}@3`, version: 3 } })
  })

  it('refuses content already held, whatever its number', () => {
    expect(admitImport({ ...noticeCatalogue(), version: 8, id: 'x' }, held, '王五', NOW)).toEqual({
      ok: false, problems: [{ key: 'validation.catalogue.alreadyImported', path: 'version', params: { code: NOTICE_CODE, version: 1 } }],
    })
  })

  it('never lets a file claim to be built in, and drops a basedOn this store does not hold', () => {
    const c = { ...changed(5), builtIn: true, basedOn: 4 }
    expect(admitImport(c, held, '王五', NOW)).toMatchObject({ ok: true, catalogue: { builtIn: false, basedOn: null } })
  })

  it('starts a new code at the file\'s own version', () => {
    expect(admitImport(changed(3), [], '王五', NOW)).toMatchObject({ ok: true, renumberedFrom: null, catalogue: { version: 3, basedOn: null } })
  })
})
