// Reading a field bundle back, refusing anything that is not exactly what a desk wrote: not a zip, no
// manifest, another format, a manifest that does not match its own hash, a file missing, added, or whose
// bytes do not match the manifest, JSON of the wrong shape, records that point at what the bundle does not
// hold. Each refusal is ONE message for the user; nothing is read further once one is found.
import { unzipSync, type UnzipFileInfo } from 'fflate'
import { validateCatalogue } from '../catalogue/validate'
import type { Catalogue } from '../catalogue/types'
import type { Message } from '../i18n'
import {
  ATTACHMENTS_DIR,
  attachmentPath,
  BUNDLE_FORMAT,
  DATA_PATH,
  MANIFEST_HASH_PATH,
  MANIFEST_PATH,
  SHA256_HEX,
  type BundleData,
  type BundleManifest,
  type ByteProgress,
  type Hasher,
  type OpenedBundle,
} from './format'
import { nobleHasher } from './pack'
import { dataShape, firstIssue, manifestShape } from './schema'

export type UnpackResult = { ok: true; bundle: OpenedBundle } | { ok: false; problem: Message }

export interface UnpackOptions {
  hash?: Hasher
  onProgress?: ByteProgress
}

const decoder = new TextDecoder('utf-8', { fatal: true })

const refuse = (key: Message['key'], params?: Record<string, string | number>): UnpackResult => ({
  ok: false,
  problem: params ? { key, params } : { key },
})

/** A zip starts with a local file header (or, empty, with the end of its central directory). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6))
}

function parseJson(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(decoder.decode(bytes)) }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) }
  }
}

/** The entries of a zip, or why it cannot be read. Directory entries are not files. */
function readZip(bytes: Uint8Array): { ok: true; entries: Map<string, Uint8Array> } | { ok: false; detail: string } {
  try {
    const raw = unzipSync(bytes, { filter: (file: UnzipFileInfo) => !file.name.endsWith('/') })
    return { ok: true, entries: new Map(Object.entries(raw)) }
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) }
  }
}

/** The name of the evidence stored under `sha256`, as data.json gives it, to name it in a refusal the way
 * the inspector knows it; null when data.json does not say. Only a name is taken from it: the refusal
 * stands whatever data.json holds. */
function evidenceName(dataBytes: Uint8Array | undefined, sha256: string): string | null {
  if (!dataBytes) return null
  const json = parseJson(dataBytes)
  if (!json.ok) return null
  const attachments: unknown = (json.value as { attachments?: unknown } | null)?.attachments
  if (!Array.isArray(attachments)) return null
  for (const a of attachments as unknown[]) {
    const { sha256: sha, name } = (a ?? {}) as { sha256?: unknown; name?: unknown }
    if (sha === sha256 && typeof name === 'string' && name !== '') return name
  }
  return null
}

export async function unpackBundle(bytes: Uint8Array, options: UnpackOptions = {}): Promise<UnpackResult> {
  const hash = options.hash ?? nobleHasher
  if (!looksLikeZip(bytes)) return refuse('bundles.refused.notZip')
  const zip = readZip(bytes)
  if (!zip.ok) return refuse('bundles.refused.damaged', { detail: zip.detail })
  const { entries } = zip

  const manifestBytes = entries.get(MANIFEST_PATH)
  if (!manifestBytes) return refuse('bundles.refused.noManifest')
  const manifestJson = parseJson(manifestBytes)
  if (!manifestJson.ok) return refuse('bundles.refused.badManifest', { detail: manifestJson.detail })
  // the marker first: a bundle of a later format is refused as that, not as a list of unknown fields
  const format: unknown = (manifestJson.value as { format?: unknown } | null)?.format
  if (format !== BUNDLE_FORMAT) return refuse('bundles.refused.wrongFormat', { format: typeof format === 'string' ? format : '—', expected: BUNDLE_FORMAT })
  const parsedManifest = manifestShape.safeParse(manifestJson.value)
  if (!parsedManifest.success) return refuse('bundles.refused.badManifest', { detail: firstIssue(parsedManifest.error) })
  const manifest: BundleManifest = parsedManifest.data

  const hashBytes = entries.get(MANIFEST_HASH_PATH)
  if (!hashBytes) return refuse('bundles.refused.missingFile', { path: MANIFEST_HASH_PATH })
  const manifestSha256 = await hash(manifestBytes)
  if (new TextDecoder().decode(hashBytes).trim() !== manifestSha256) return refuse('bundles.refused.manifestEdited')

  const listed = new Map(manifest.files.map((f) => [f.path, f]))
  if (listed.size !== manifest.files.length) return refuse('bundles.refused.badManifest', { detail: 'files: duplicate path' })
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && path !== MANIFEST_HASH_PATH && !listed.has(path)) return refuse('bundles.refused.extraFile', { path })
  }
  const total = manifest.files.reduce((n, f) => n + f.size, 0)
  let done = 0
  for (const file of manifest.files) {
    const content = entries.get(file.path)
    const evidence = file.path.startsWith(ATTACHMENTS_DIR) ? evidenceName(entries.get(DATA_PATH), file.path.slice(ATTACHMENTS_DIR.length)) : null
    if (!content) return evidence ? refuse('bundles.refused.evidenceMissing', { name: evidence }) : refuse('bundles.refused.missingFile', { path: file.path })
    if (content.length !== file.size || (await hash(content)) !== file.sha256) {
      return evidence ? refuse('bundles.refused.evidenceChanged', { name: evidence }) : refuse('bundles.refused.fileChanged', { path: file.path })
    }
    // evidence files are named by their hash: a name that is not the content's hash is not ours
    if (file.path.startsWith(ATTACHMENTS_DIR) && file.path !== attachmentPath(file.sha256)) return refuse('bundles.refused.fileChanged', { path: file.path })
    done += file.size
    options.onProgress?.(done, total)
  }

  const dataBytes = entries.get(DATA_PATH)
  if (!dataBytes) return refuse('bundles.refused.missingFile', { path: DATA_PATH })
  const dataJson = parseJson(dataBytes)
  if (!dataJson.ok) return refuse('bundles.refused.badData', { detail: dataJson.detail })
  const parsedData = dataShape.safeParse(dataJson.value)
  if (!parsedData.success) return refuse('bundles.refused.badData', { detail: firstIssue(parsedData.error) })
  const catalogues: Catalogue[] = []
  for (const [index, raw] of parsedData.data.catalogues.entries()) {
    const checked = validateCatalogue(raw)
    if (!checked.ok) return refuse('bundles.refused.badData', { detail: `catalogues.${index}: ${checked.problems[0]?.key ?? ''}` })
    catalogues.push(checked.catalogue)
  }
  const data: BundleData = { ...parsedData.data, catalogues }

  const files = new Map<string, Uint8Array>()
  for (const [path, content] of entries) {
    const sha = path.slice(ATTACHMENTS_DIR.length)
    if (path.startsWith(ATTACHMENTS_DIR) && SHA256_HEX.test(sha)) files.set(sha, content)
  }
  const inconsistency = checkConsistency(manifest, data, files)
  if (inconsistency !== null) return refuse('bundles.refused.inconsistent', { detail: inconsistency })
  return { ok: true, bundle: { manifest, manifestSha256, data, files } }
}

/** Whether the records hang together: what names the first record that points at something absent. */
export function checkConsistency(manifest: BundleManifest, data: BundleData, files: ReadonlyMap<string, Uint8Array>): string | null {
  const inspectionIds = new Set(data.inspections.map((i) => i.id))
  const listed = [...manifest.inspectionIds].sort().join(',')
  if ([...inspectionIds].sort().join(',') !== listed || inspectionIds.size !== data.inspections.length) return 'manifest.inspectionIds'
  const platformIds = new Set(data.platforms.map((p) => p.id))
  const catalogueIds = new Set(data.catalogues.map((c) => c.id))
  for (const i of data.inspections) {
    if (!platformIds.has(i.platformId)) return `inspections[${i.id}].platformId`
    if (!catalogueIds.has(i.catalogueId)) return `inspections[${i.id}].catalogueId`
  }
  const itemIds = new Set<string>()
  for (const item of data.items) {
    if (!inspectionIds.has(item.inspectionId) || itemIds.has(item.id)) return `items[${item.id}]`
    itemIds.add(item.id)
  }
  const attachmentIds = new Set<string>()
  for (const a of data.attachments) {
    if (!itemIds.has(a.ownerId) || attachmentIds.has(a.id)) return `attachments[${a.id}]`
    const content = files.get(a.sha256)
    if (!content || content.length !== a.size) return `attachments[${a.id}].sha256`
    attachmentIds.add(a.id)
  }
  // an item may name evidence its desk no longer holds; that is the desk's record, not the bundle's damage
  return null
}
