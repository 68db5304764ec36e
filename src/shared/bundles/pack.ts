// Writing a field bundle: data.json and each attachment's bytes, a manifest with the SHA-256 and size of
// every file, and the manifest's own hash beside it. Pure (bytes in, bytes out), so the export worker, the
// tests and any tool can make one.
import { zipSync, type Zippable } from 'fflate'
import type { Actor } from '../audit/chain'
import type { Message } from '../i18n'
import { sha256Hex } from '../util/hash'
import {
  attachmentPath,
  BUNDLE_FORMAT,
  DATA_PATH,
  MANIFEST_HASH_PATH,
  MANIFEST_PATH,
  type BundleData,
  type BundleFile,
  type BundleManifest,
  type ByteProgress,
  type Hasher,
} from './format'

/** A bundle that cannot be written or read, with the reason to show as it is. */
export class BundleRefused extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.key)
    this.name = 'BundleRefused'
  }
}

export const nobleHasher: Hasher = (bytes) => Promise.resolve(sha256Hex(bytes))

export interface PackInput {
  data: BundleData
  /** attachment bytes by sha256: every attachment's bytes must be here */
  files: ReadonlyMap<string, Uint8Array>
  exportedBy: Actor
  exportedAt: string
  appVersion: string
  hash?: Hasher
  onProgress?: ByteProgress
}

export interface PackedBundle {
  bytes: Uint8Array
  manifest: BundleManifest
  manifestSha256: string
}

const encoder = new TextEncoder()

/** Records in a stable order, so the same content makes the same data.json. */
function sorted<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export async function packBundle(input: PackInput): Promise<PackedBundle> {
  const hash = input.hash ?? nobleHasher
  const { data } = input
  const dataBytes = encoder.encode(
    JSON.stringify({
      inspections: sorted(data.inspections),
      items: sorted(data.items),
      attachments: sorted(data.attachments),
      platforms: sorted(data.platforms),
      catalogues: sorted(data.catalogues),
    } satisfies BundleData),
  )
  const shas = [...new Set(data.attachments.map((a) => a.sha256))].sort()
  const blobs = shas.map((sha) => {
    const bytes = input.files.get(sha)
    const owner = data.attachments.find((a) => a.sha256 === sha)
    if (!bytes) throw new BundleRefused({ key: 'bundles.export.evidenceMissing', params: { name: owner?.name ?? sha } })
    return { sha, bytes, name: owner?.name ?? sha }
  })
  const total = dataBytes.length + blobs.reduce((n, b) => n + b.bytes.length, 0)
  let done = 0
  const step = (n: number) => {
    done += n
    input.onProgress?.(done, total)
  }

  const files: BundleFile[] = [{ path: DATA_PATH, sha256: await hash(dataBytes), size: dataBytes.length }]
  step(dataBytes.length)
  // evidence is hashed again on the way out: a bundle never carries bytes that do not match their name
  for (const blob of blobs) {
    const sha = await hash(blob.bytes)
    if (sha !== blob.sha) throw new BundleRefused({ key: 'bundles.export.evidenceDamaged', params: { name: blob.name } })
    files.push({ path: attachmentPath(sha), sha256: sha, size: blob.bytes.length })
    step(blob.bytes.length)
  }

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    exportedBy: { name: input.exportedBy.name, office: input.exportedBy.office },
    exportedAt: input.exportedAt,
    appVersion: input.appVersion,
    inspectionIds: sorted(data.inspections).map((i) => i.id),
    files,
  }
  const manifestBytes = encoder.encode(JSON.stringify(manifest, null, 2))
  const manifestSha256 = await hash(manifestBytes)

  // a zip's timestamps start in 1980: any date the export could carry is later
  const mtime = new Date(input.exportedAt)
  const zippable: Zippable = {
    [MANIFEST_PATH]: [manifestBytes, { level: 6 }],
    [MANIFEST_HASH_PATH]: [encoder.encode(`${manifestSha256}\n`), { level: 0 }],
    [DATA_PATH]: [dataBytes, { level: 6 }],
  }
  // photos and documents are compressed already: stored as they are, which is fast and costs little
  for (const blob of blobs) zippable[attachmentPath(blob.sha)] = [blob.bytes, { level: 0 }]
  const bytes = zipSync(zippable, { mtime: Number.isNaN(mtime.getTime()) ? new Date('2000-01-01T00:00:00Z') : mtime })
  return { bytes, manifest, manifestSha256 }
}
