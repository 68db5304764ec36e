// Evidence 证据 as bytes: reading what the user picked or pasted into the bytes that are hashed and stored
// (the stored Blob is made from exactly the bytes hashed, never a live reference to a file on disk that may
// change), re-verifying stored evidence against its recorded SHA-256, and which types get a thumbnail.
import type { AttachmentMeta } from '@shared/domain/findings'
import { INSPECTION_LIMITS } from '@shared/inspections/plan'
import type { Attachment } from '@renderer/db/database'
import { UserError } from '@renderer/db/data-layer'
import { webSha256 } from '@renderer/lib/digest'

/** Evidence as handed to the service: a picked file, a photo, or a pasted screenshot. */
export interface EvidenceInput {
  data: Blob
  name: string
  /** MIME type; the Blob's own when left out */
  type?: string
  /** when it was captured; now when left out */
  capturedAt?: string
  sourceUrl?: string | null
}

export interface HashedEvidence {
  blob: Blob
  name: string
  type: string
  size: number
  sha256: string
}

/** Only raster images are shown as thumbnails (an SVG is a document, and is shown as a file like any other). */
const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'])

export function hasThumbnail(meta: Pick<AttachmentMeta, 'type'>): boolean {
  return THUMBNAIL_TYPES.has(meta.type.toLowerCase())
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`
  if (size < 1024 * 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MB`
  return `${(size / 1024 / 1024 / 1024).toFixed(2)} GB`
}

/** Reads and hashes the evidence — before any store transaction, which must not wait on anything else. */
export async function hashEvidence(input: EvidenceInput): Promise<HashedEvidence> {
  const name = input.name.trim() === '' ? 'evidence' : input.name.trim()
  if (input.data.size > INSPECTION_LIMITS.attachmentBytes) {
    throw new UserError({ key: 'inspections.validation.fileTooLarge', params: { name, size: formatBytes(input.data.size), max: formatBytes(INSPECTION_LIMITS.attachmentBytes) } })
  }
  if (input.data.size === 0) throw new UserError({ key: 'inspections.validation.fileEmpty', params: { name } })
  const bytes = new Uint8Array(await input.data.arrayBuffer())
  const type = (input.type ?? input.data.type) || 'application/octet-stream'
  return { blob: new Blob([bytes], { type }), name, type, size: bytes.byteLength, sha256: await webSha256(bytes) }
}

/** Whether the stored bytes still hash to what was recorded when they were taken in. */
export async function verifyAttachment(attachment: Attachment): Promise<boolean> {
  const bytes = new Uint8Array(await attachment.data.arrayBuffer())
  return (await webSha256(bytes)) === attachment.sha256
}

/** The images on the clipboard of a paste event (a screenshot tool puts one there), as files. */
export function pastedImages(clipboard: DataTransfer | null): File[] {
  if (!clipboard) return []
  const out: File[] = []
  for (const item of Array.from(clipboard.items)) {
    if (item.kind !== 'file' || !item.type.startsWith('image/')) continue
    const file = item.getAsFile()
    if (file) out.push(file)
  }
  return out
}

/** `20260904-101502`, for naming a pasted screenshot after the moment it was taken in. */
export function compactTime(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}-${p(date.getHours())}${p(date.getMinutes())}${p(date.getSeconds())}`
}

/** `png` for `image/png`. */
export function extensionOf(type: string): string {
  const sub = type.split('/')[1]?.split(/[;+]/)[0] ?? ''
  return sub === 'jpeg' ? 'jpg' : sub || 'bin'
}

const SOURCE_URL = /^https?:\/\/\S+$/i

/** Whether a source link (blank: none) is not a plain web address. */
export function isBadSourceUrl(url: string): boolean {
  const u = url.trim()
  return u !== '' && (!SOURCE_URL.test(u) || u.length > INSPECTION_LIMITS.sourceUrl)
}
