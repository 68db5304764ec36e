import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { catalogueFileName, MAX_CATALOGUE_CHARS, parseCatalogueText, serializeCatalogue } from './io'
import { noticeCatalogue } from './notice-2023'
import { CATALOGUE_FORMAT } from './validate'

describe('parseCatalogueText', () => {
  it('reads back what serializeCatalogue wrote, format marker and all', () => {
    const text = serializeCatalogue(noticeCatalogue())
    expect(JSON.parse(text)).toMatchObject({ format: CATALOGUE_FORMAT, code: 'cac-2023-personal-media' })
    expect(text.indexOf('"format"')).toBeLessThan(text.indexOf('"code"'))
    expect(parseCatalogueText(text, 'x.json')).toEqual({ ok: true, catalogue: noticeCatalogue() })
  })

  it('accepts a file without the marker, and a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(noticeCatalogue())}`
    expect(parseCatalogueText(text, 'catalogue.JSON').ok).toBe(true)
  })

  it('reads YAML, keeping dates as strings', () => {
    const yaml = stringify(noticeCatalogue()).replace("effectiveFrom: 2023-07-10", 'effectiveFrom: 2024-01-01')
    expect(yaml).toContain('effectiveFrom: 2024-01-01')
    const result = parseCatalogueText(yaml, 'province.yml')
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.catalogue.effectiveFrom).toBe('2024-01-01')
  })

  it('reads YAML without an extension, and JSON without one', () => {
    expect(parseCatalogueText(stringify(noticeCatalogue()), 'catalogue').ok).toBe(true)
    expect(parseCatalogueText(JSON.stringify(noticeCatalogue()), 'catalogue').ok).toBe(true)
  })

  it('calls corrupt JSON unreadable, with a one-line detail', () => {
    const text = serializeCatalogue(noticeCatalogue()).slice(0, 500)
    const result = parseCatalogueText(text, 'broken.json')
    expect(result).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notJson', path: '' }] })
    if (result.ok) return
    const detail = String(result.problems[0]?.params?.detail)
    expect(detail.length).toBeGreaterThan(0)
    expect(detail.length).toBeLessThanOrEqual(160)
    expect(detail).not.toContain('\n')
  })

  it('calls broken YAML unreadable, duplicate keys included', () => {
    expect(parseCatalogueText('code: a\ncode: b\n', 'x.yaml')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notJson' }] })
    expect(parseCatalogueText('a: [1, 2\nb: 3', 'x.yaml')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notJson' }] })
  })

  it('gives one clear message for an empty file or a file that is something else', () => {
    expect(parseCatalogueText('', 'x.yaml')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notObject' }] })
    expect(parseCatalogueText('账号ID,账号名称\n1,甲\n', 'report.csv')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notObject' }] })
    expect(parseCatalogueText('{"rows": []}', 'x.json')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.notCatalogueShape' }] })
  })

  it('passes validation problems through from a readable file', () => {
    const c = noticeCatalogue()
    c.requirements.find((r) => r.id === 'N10.3')!.parameters[1]!.value = 400
    const yaml = stringify(c)
    expect(parseCatalogueText(yaml, 'x.yaml')).toMatchObject({
      ok: false,
      problems: [{ key: 'validation.catalogue.outOfRange', params: { key: 'hypeWindowDays', min: 7, max: 365 } }],
    })
  })

  it('refuses a file far larger than any catalogue without parsing it', () => {
    expect(parseCatalogueText(' '.repeat(MAX_CATALOGUE_CHARS + 1), 'x.json')).toMatchObject({ ok: false, problems: [{ key: 'validation.catalogue.tooLarge' }] })
  })
})

describe('catalogueFileName', () => {
  it('names the code and version', () => {
    expect(catalogueFileName(noticeCatalogue())).toBe('cac-2023-personal-media-v1.json')
  })
})
