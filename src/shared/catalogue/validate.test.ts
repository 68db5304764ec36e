import { describe, expect, it } from 'vitest'
import { noticeCatalogue } from './notice-2023'
import { PARAMETER_KEYS } from './parameters'
import { parameterProblems, validateCatalogue } from './validate'
import type { Catalogue, Parameter } from './types'

function keysOf(result: ReturnType<typeof validateCatalogue>): string[] {
  return result.ok ? [] : result.problems.map((p) => p.key)
}

function findParameter(c: Catalogue, key: string): Parameter {
  for (const r of c.requirements) for (const p of r.parameters) if (p.key === key) return p
  throw new Error(`no ${key}`)
}

describe('validateCatalogue', () => {
  it('accepts the built-in notice: 13 articles, every parameter once', () => {
    const result = validateCatalogue(noticeCatalogue())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.catalogue.articles).toHaveLength(13)
    expect(result.catalogue).toEqual(noticeCatalogue())
    const keys = result.catalogue.requirements.flatMap((r) => r.parameters.map((p) => p.key))
    expect(keys.sort()).toEqual([...PARAMETER_KEYS].sort())
  })

  it('refuses what is not an object, and an object that is no catalogue, with one message', () => {
    expect(keysOf(validateCatalogue([1, 2]))).toEqual(['validation.catalogue.notObject'])
    expect(keysOf(validateCatalogue(null))).toEqual(['validation.catalogue.notObject'])
    expect(keysOf(validateCatalogue({ platform_account_id: 'x' }))).toEqual(['validation.catalogue.notCatalogueShape'])
  })

  it('refuses a foreign format marker', () => {
    const result = validateCatalogue({ ...noticeCatalogue(), format: 'other/2' })
    expect(result).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notCatalogue', params: { detail: 'format = other/2' } }] })
  })

  it('names a missing field by the requirement id a person would search for', () => {
    const c = noticeCatalogue() as unknown as { requirements: Record<string, unknown>[] }
    delete c.requirements[3]!.textZh
    const result = validateCatalogue(c)
    expect(result).toMatchObject({
      ok: false,
      problems: [{ key: 'validation.catalogue.missingField', path: 'requirements.3.textZh', params: { path: 'requirements[N2.1].textZh' } }],
    })
  })

  it('reports an unknown platform type and a bad code', () => {
    const c = noticeCatalogue() as unknown as Record<string, unknown> & { requirements: { appliesTo: string[] }[] }
    c.requirements[0]!.appliesTo = ['news', 'radio']
    c.code = 'bad code@1'
    const keys = keysOf(validateCatalogue(c))
    expect(keys).toContain('validation.catalogue.invalidValue')
    expect(keys).toContain('validation.catalogue.invalidCode')
  })

  it('lists problems of shape and of meaning in one pass, so a file is fixed in one go', () => {
    const c = noticeCatalogue() as unknown as Record<string, unknown> & { requirements: Record<string, unknown>[]; articles: { id: string }[] }
    c.requirements[0]!.appliesTo = ['radio']
    c.articles[1]!.id = 'N1'
    c.effectiveFrom = '2026/1/1'
    findParameter(c as unknown as Catalogue, 'accountsPerPerson').value = 12
    const keys = keysOf(validateCatalogue(c))
    expect(keys).toEqual([
      'validation.catalogue.invalidValue',
      'validation.catalogue.invalidDate',
      'validation.catalogue.duplicateArticle',
      // N2.x now point at no article; no missingParameter, since N1.1 could not be read
      'validation.catalogue.unknownArticle',
      'validation.catalogue.unknownArticle',
      'validation.catalogue.unknownArticle',
      'validation.catalogue.outOfRange',
    ])
  })

  it('reports duplicate article and requirement ids', () => {
    const c = noticeCatalogue()
    c.articles[1]!.id = 'N1'
    c.requirements[1]!.id = 'N1.1'
    const result = validateCatalogue(c)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toContainEqual({ key: 'validation.catalogue.duplicateArticle', path: 'articles.1.id', params: { id: 'N1' } })
    expect(result.problems).toContainEqual({ key: 'validation.catalogue.duplicateRequirement', path: 'requirements.1.id', params: { id: 'N1.1' } })
    // N2's requirements now belong to no article
    expect(result.problems).toContainEqual(expect.objectContaining({ key: 'validation.catalogue.unknownArticle', params: { id: 'N2.1', article: 'N2' } }))
  })

  it('reports a missing and a doubled parameter', () => {
    const c = noticeCatalogue()
    const n81 = c.requirements.find((r) => r.id === 'N8.1')!
    const n82 = c.requirements.find((r) => r.id === 'N8.2')!
    n81.parameters = []
    n82.parameters.push({ ...findParameter(noticeCatalogue(), 'accountsPerPerson') })
    const result = validateCatalogue(c)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      { key: 'validation.catalogue.duplicateParameter', path: expect.stringMatching(/^requirements\.\d+\.parameters\.1\.key$/) as string, params: { key: 'accountsPerPerson' } },
      { key: 'validation.catalogue.missingParameter', path: 'requirements', params: { key: 'cleanRecordMonths' } },
    ])
  })

  it('reports a value outside the parameter bounds, naming the bounds', () => {
    const c = noticeCatalogue()
    findParameter(c, 'accountsPerPerson').value = 11
    expect(validateCatalogue(c)).toMatchObject({
      ok: false,
      problems: [{ key: 'validation.catalogue.outOfRange', params: { key: 'accountsPerPerson', min: 1, max: 10 } }],
    })
  })

  it('checks each kind: whole numbers, ordered ranges, non-empty lists of known codes', () => {
    const c = noticeCatalogue()
    findParameter(c, 'cleanRecordMonths').value = 2.5
    findParameter(c, 'earningsSuspensionMultiple').value = { min: 3, max: 2 }
    findParameter(c, 'regulatedFields').value = []
    findParameter(c, 'closureViolations').value = ['rumour', 'rumor']
    // in the order the requirements come: N2.1, N8.1, N9.1, N12.2
    expect(keysOf(validateCatalogue(c))).toEqual([
      'validation.catalogue.emptyList',
      'validation.catalogue.notInteger',
      'validation.catalogue.rangeOrder',
      'validation.catalogue.unknownViolation',
    ])
  })

  it('refuses a parameter declared with the wrong kind', () => {
    const c = noticeCatalogue()
    const p = findParameter(c, 'accountsPerPerson')
    p.kind = 'list'
    p.value = ['1']
    expect(validateCatalogue(c)).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.wrongKind', params: { key: 'accountsPerPerson', kind: 'integer' } }] })
  })

  it('refuses an unknown parameter key', () => {
    const c = noticeCatalogue()
    c.requirements[0]!.parameters.push({ ...findParameter(noticeCatalogue(), 'accountsPerPerson'), key: 'accountsPerRobot' as 'accountsPerPerson' })
    expect(keysOf(validateCatalogue(c))).toEqual(['validation.catalogue.unknownParameter'])
  })

  it('refuses an effective date that is not a calendar date', () => {
    expect(keysOf(validateCatalogue({ ...noticeCatalogue(), effectiveFrom: '2024-02-30' }))).toEqual(['validation.catalogue.invalidDate'])
    expect(keysOf(validateCatalogue({ ...noticeCatalogue(), effectiveFrom: '2024/3/1' }))).toEqual(['validation.catalogue.invalidDate'])
  })

  it('fills defaults, trims list items and recomputes the id', () => {
    const c = noticeCatalogue() as unknown as Record<string, unknown>
    delete c.note
    delete c.builtIn
    delete c.createdAt
    c.id = 'whatever'
    c.version = 4
    const typed = c as unknown as Catalogue
    findParameter(typed, 'regulatedFields').value = [' 金融 ', '教育']
    const result = validateCatalogue(c)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.catalogue).toMatchObject({ id: 'cac-2023-personal-media@4', note: '', builtIn: false, createdAt: '' })
    expect(findParameter(result.catalogue, 'regulatedFields').value).toEqual(['金融', '教育'])
  })

  it('stops listing after 50 problems and says how many more there are', () => {
    const c = noticeCatalogue() as unknown as { requirements: Record<string, unknown>[] }
    for (const r of c.requirements) {
      delete r.textZh
      delete r.appliesTo
    }
    const result = validateCatalogue(c)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(51)
    expect(result.problems[50]).toMatchObject({ key: 'validation.catalogue.tooManyProblems', params: { count: 2 * c.requirements.length - 50 } })
  })
})

describe('parameterProblems', () => {
  it('honours the hard floor even when a catalogue sets no bounds', () => {
    expect(parameterProblems({ key: 'accountsPerPerson' }, 0, 'v')).toEqual([
      { key: 'validation.catalogue.tooSmall', path: 'v', params: { key: 'accountsPerPerson', min: 1 } },
    ])
    expect(parameterProblems({ key: 'concurrencyToleranceDays' }, 0, 'v')).toEqual([])
  })

  it('names the range end that is out of bounds', () => {
    expect(parameterProblems({ key: 'earningsSuspensionMultiple', min: 1, max: 10 }, { min: 2, max: 12 }, 'p')).toEqual([
      { key: 'validation.catalogue.outOfRange', path: 'p.max', params: { key: 'earningsSuspensionMultiple', min: 1, max: 10 } },
    ])
  })

  it('refuses a doubled list item', () => {
    expect(parameterProblems({ key: 'regulatedFields' }, ['金融', '金融'], 'p')).toEqual([
      { key: 'validation.catalogue.duplicateItem', path: 'p', params: { key: 'regulatedFields', value: '金融' } },
    ])
  })
})
