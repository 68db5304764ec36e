// Catalogue versions: which one is in force on a date, the parameter values the rule checks read from it,
// and making new versions — derived from an existing one with changed parameters, or taken in from a file.
//
// Numbering: versions count up per catalogue code and are never reused. An imported file keeps its code;
// if this store already holds that version with other content, the import is stored as the next free
// version (and says so) rather than refused: a provincial office's "v2" and our own "v2" are both real, and
// asking an inspector to hand-edit a file's version number helps nobody. The same content imported again
// is refused (`alreadyImported`), so importing a file twice adds nothing.
import type { Problem } from '../i18n'
import { canonicalJson } from '../util/hash'
import { isIsoDate } from '../util/dates'
import { PARAMETER_KEYS } from './parameters'
import { validateCatalogue } from './validate'
import type { Catalogue, ParameterKey, ParameterValues } from './types'

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The values the rule checks read. The catalogue must be a valid one (every key exactly once). */
export function parameterValues(catalogue: Catalogue): ParameterValues {
  const found = new Map<ParameterKey, unknown>()
  for (const requirement of catalogue.requirements) {
    for (const parameter of requirement.parameters) found.set(parameter.key, parameter.value)
  }
  const missing = PARAMETER_KEYS.filter((key) => !found.has(key))
  if (missing.length > 0) throw new Error(`catalogue ${catalogue.id} lacks parameters: ${missing.join(', ')}`)
  return copy(Object.fromEntries(found)) as unknown as ParameterValues
}

/** Later effective date first; on the same date, the higher version (it was made to supersede). */
function supersedes(a: Catalogue, b: Catalogue): boolean {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom > b.effectiveFrom
  if (a.version !== b.version) return a.version > b.version
  return a.code < b.code
}

/**
 * The version in force on `onDate` (YYYY-MM-DD): the latest `effectiveFrom` on or before it, ties going to
 * the higher version. With `code`, only that catalogue's versions compete; without, all catalogues do.
 */
export function activeCatalogue(catalogues: readonly Catalogue[], onDate: string, code?: string): Catalogue | undefined {
  let best: Catalogue | undefined
  for (const c of catalogues) {
    if (code !== undefined && c.code !== code) continue
    if (c.effectiveFrom > onDate) continue
    if (best === undefined || supersedes(c, best)) best = c
  }
  return best
}

export type VersionStatus = 'active' | 'pending' | 'superseded'

/** Where a version stands on a date within its own catalogue: in force, not yet in force, or replaced. */
export function versionStatus(catalogue: Catalogue, catalogues: readonly Catalogue[], onDate: string): VersionStatus {
  if (catalogue.effectiveFrom > onDate) return 'pending'
  return activeCatalogue(catalogues, onDate, catalogue.code)?.id === catalogue.id ? 'active' : 'superseded'
}

function nextVersion(code: string, existing: readonly Catalogue[]): number {
  return existing.reduce((max, c) => (c.code === code ? Math.max(max, c.version) : max), 0) + 1
}

export interface DeriveInput {
  effectiveFrom: string
  note: string
  /** the values to change; keys left out keep the base's value */
  parameters: Partial<ParameterValues>
}

export type DeriveResult = { ok: true; catalogue: Catalogue } | { ok: false; problems: Problem[] }

/** `requirements.24.parameters.0.value.min` → `parameters.earningsSuspensionMultiple.min`: the form knows
 * its fields by parameter key, not by where the parameter sits in the catalogue. */
function byParameterKey(catalogue: Catalogue, problem: Problem): Problem {
  const m = /^requirements\.(\d+)\.parameters\.(\d+)\.value(\.min|\.max)?$/.exec(problem.path)
  if (!m) return problem
  const key = catalogue.requirements[Number(m[1])]?.parameters[Number(m[2])]?.key
  return key === undefined ? problem : { ...problem, path: `parameters.${key}${m[3] ?? ''}` }
}

/**
 * A new version of `base`'s catalogue with some parameters changed: numbered after the highest version of
 * that code in `existing`, based on `base`, never built in, validated. It may not take effect before `base`.
 */
export function deriveVersion(base: Catalogue, existing: readonly Catalogue[], input: DeriveInput, actorName: string, now: Date): DeriveResult {
  const version = Math.max(nextVersion(base.code, existing), base.version + 1)
  const draft: Catalogue = {
    ...copy(base),
    id: `${base.code}@${version}`,
    version,
    effectiveFrom: input.effectiveFrom,
    builtIn: false,
    basedOn: base.version,
    note: input.note.trim(),
    createdAt: now.toISOString(),
    createdBy: actorName,
  }
  for (const requirement of draft.requirements) {
    for (const parameter of requirement.parameters) {
      const value = input.parameters[parameter.key]
      if (value !== undefined) parameter.value = copy(value)
    }
  }
  const problems: Problem[] = []
  if (isIsoDate(input.effectiveFrom) && input.effectiveFrom < base.effectiveFrom) {
    problems.push({ key: 'validation.catalogue.effectiveBeforeBase', path: 'effectiveFrom', params: { date: base.effectiveFrom } })
  }
  const checked = validateCatalogue(draft)
  if (!checked.ok) problems.push(...checked.problems.map((p) => byParameterKey(draft, p)))
  if (!checked.ok || problems.length > 0) return { ok: false, problems }
  return { ok: true, catalogue: checked.catalogue }
}

/** What two versions say, leaving out who made them, when, and under which number. */
function contentOf(c: Catalogue): string {
  const { titleZh, titleEn, effectiveFrom, sourceZh, note, articles, requirements } = c
  return canonicalJson({ titleZh, titleEn, effectiveFrom, sourceZh, note, articles, requirements })
}

export type ImportResult = { ok: true; catalogue: Catalogue; renumberedFrom: number | null } | { ok: false; problems: Problem[] }

/**
 * Takes in a validated catalogue from a file: keeps its code, keeps its version unless that is taken (then
 * the next free one, reported in `renumberedFrom`), refuses content already held. It becomes an office
 * version made by whoever imports it; `basedOn` is kept only where it names a version held here.
 */
export function admitImport(imported: Catalogue, existing: readonly Catalogue[], actorName: string, now: Date): ImportResult {
  const family = existing.filter((c) => c.code === imported.code)
  const content = contentOf(imported)
  const twin = family.find((c) => contentOf(c) === content)
  if (twin) {
    return { ok: false, problems: [{ key: 'validation.catalogue.alreadyImported', path: 'version', params: { code: twin.code, version: twin.version } }] }
  }
  const taken = family.some((c) => c.version === imported.version)
  const version = taken ? nextVersion(imported.code, existing) : imported.version
  const basedOn = imported.basedOn !== null && imported.basedOn < version && family.some((c) => c.version === imported.basedOn) ? imported.basedOn : null
  const checked = validateCatalogue({
    ...copy(imported),
    id: `${imported.code}@${version}`,
    version,
    builtIn: false,
    basedOn,
    createdAt: now.toISOString(),
    createdBy: actorName,
  })
  if (!checked.ok) return checked
  return { ok: true, catalogue: checked.catalogue, renumberedFrom: taken ? imported.version : null }
}
