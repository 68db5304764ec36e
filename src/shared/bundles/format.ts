// The field bundle format (现场数据包, `.zmtbundle`): a zip that carries inspections from a field laptop to
// the office and back. `manifest.json` names who exported it, when, which inspections, and the SHA-256 and
// size of every other file; `manifest.sha256` holds the hash of the manifest's own bytes, so an edited
// manifest is caught as surely as an edited file. The hashes prove integrity, not authorship: signing is
// for later (see DESIGN "Later, on paper").
import type { Actor } from '../audit/chain'
import type { Catalogue } from '../catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem } from '../domain/findings'
import type { Platform } from '../domain/platform'

/** The format marker; a later, incompatible layout gets a new number and older desks refuse it plainly. */
export const BUNDLE_FORMAT = 'zimeiti-bundle/1'
export const BUNDLE_EXTENSION = 'zmtbundle'

export const MANIFEST_PATH = 'manifest.json'
export const MANIFEST_HASH_PATH = 'manifest.sha256'
export const DATA_PATH = 'data.json'
export const ATTACHMENTS_DIR = 'attachments/'

/** Evidence is stored under its own hash: the same bytes are one file however many records cite them. */
export function attachmentPath(sha256: string): string {
  return `${ATTACHMENTS_DIR}${sha256}`
}

export const SHA256_HEX = /^[0-9a-f]{64}$/

export interface BundleFile {
  path: string
  sha256: string
  size: number
}

export interface BundleManifest {
  format: typeof BUNDLE_FORMAT
  exportedBy: Actor
  /** ISO timestamp */
  exportedAt: string
  /** the desk's version that wrote it ('' where the host does not know it) */
  appVersion: string
  inspectionIds: string[]
  /** every file in the bundle but the manifest and its hash */
  files: BundleFile[]
}

/** What `data.json` holds: the inspections and everything needed to read them at another desk. */
export interface BundleData {
  inspections: Inspection[]
  items: InspectionItem[]
  /** metadata only: the bytes are the `attachments/<sha256>` files */
  attachments: AttachmentMeta[]
  /** the platforms the inspections concern */
  platforms: Platform[]
  /** the catalogue versions the inspections use */
  catalogues: Catalogue[]
}

/** A bundle as read back: verified against its manifest and validated. */
export interface OpenedBundle {
  manifest: BundleManifest
  /** sha256 of manifest.json: names this bundle (e.g. in the audit log) */
  manifestSha256: string
  data: BundleData
  /** attachment bytes by sha256 */
  files: ReadonlyMap<string, Uint8Array>
}

/** Hashes bytes to lowercase hex SHA-256. Async so a window or worker can use WebCrypto. */
export type Hasher = (bytes: Uint8Array) => Promise<string>

/** How far packing or verifying is, in bytes hashed. */
export type ByteProgress = (done: number, total: number) => void
