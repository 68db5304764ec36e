// Catalogue files: reading one an office received (JSON, or YAML that people write by hand) and writing one
// to pass on. Export is always JSON with a format marker; import accepts files with or without it.
import { parse as parseYaml } from 'yaml'
import type { Problem } from '../i18n'
import { CATALOGUE_FORMAT, validateCatalogue, type CatalogueResult } from './validate'
import type { Catalogue } from './types'

/** The notice's catalogue is about 40 KB; anything past this is some other file picked by mistake. */
export const MAX_CATALOGUE_CHARS = 2_000_000

/** How much of a parser's message to show: enough for the line and column, not a dump of the file. */
const DETAIL_CHARS = 160

function unreadable(detail: string): CatalogueResult {
  const short = detail.split('\n')[0]?.trim().slice(0, DETAIL_CHARS) ?? ''
  const problem: Problem = { key: 'validation.catalogue.notJson', path: '', params: { detail: short } }
  return { ok: false, problems: [problem] }
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase()
}

function sizeText(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`
}

/**
 * Parses a catalogue file's text and validates it. The file name's extension picks the parser (`.json`;
 * `.yaml`/`.yml`); without one, text starting with `{` is read as JSON and anything else as YAML.
 */
export function parseCatalogueText(text: string, fileName: string): CatalogueResult {
  if (text.length > MAX_CATALOGUE_CHARS) {
    return { ok: false, problems: [{ key: 'validation.catalogue.tooLarge', path: '', params: { size: sizeText(text.length) } }] }
  }
  const body = text.replace(/^\uFEFF/, '')
  const ext = extensionOf(fileName)
  const asJson = ext === 'json' || (ext !== 'yaml' && ext !== 'yml' && body.trimStart().startsWith('{'))
  let input: unknown
  try {
    // YAML's core schema keeps dates as strings; duplicate keys are errors; alias expansion is bounded
    // (a billion-laughs file stops early); warnings are not the user's concern
    input = asJson ? JSON.parse(body) : parseYaml(body, { schema: 'core', uniqueKeys: true, maxAliasCount: 100, logLevel: 'error' })
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error))
  }
  // an empty file parses as null: validation calls it what it is, not a catalogue
  return validateCatalogue(input)
}

/** The catalogue as a file: pretty JSON, the format marker first. */
export function serializeCatalogue(catalogue: Catalogue): string {
  return `${JSON.stringify({ format: CATALOGUE_FORMAT, ...catalogue }, null, 2)}\n`
}

/** A file name for an exported version, e.g. `cac-2023-personal-media-v2.json`. */
export function catalogueFileName(catalogue: Catalogue): string {
  return `${catalogue.code}-v${catalogue.version}.json`
}
