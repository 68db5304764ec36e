// The shapes a bundle's JSON must have, checked with zod before anything is read from it: a file from
// outside is unknown input, whatever its manifest says. Records keep exactly the fields the domain types
// name, so a record's revision (the hash of its content) reads the same at every desk.
import { z } from '../util/zod'
import { INSPECTION_KINDS, type AttachmentMeta, type Inspection, type InspectionItem } from '../domain/findings'
import { PLATFORM_TYPES, type Platform } from '../domain/platform'
import { BUNDLE_FORMAT, SHA256_HEX, type BundleManifest } from './format'

const sha256 = z.string().regex(SHA256_HEX)
const actor = z.object({ name: z.string(), office: z.string() })
const revisioned = { rev: z.string().min(1), prevRevs: z.array(z.string()) }

export const manifestShape: z.ZodType<BundleManifest> = z.object({
  format: z.literal(BUNDLE_FORMAT),
  exportedBy: actor,
  exportedAt: z.string(),
  appVersion: z.string(),
  inspectionIds: z.array(z.string().min(1)).min(1),
  files: z.array(z.object({ path: z.string().min(1), sha256, size: z.number().int().nonnegative() })),
})

const signOffStep = z.object({
  action: z.enum(['submitted', 'accepted', 'returned']),
  by: z.string(),
  at: z.string(),
  comments: z.string(),
})

export const inspectionShape: z.ZodType<Inspection> = z.object({
  ...revisioned,
  id: z.string().min(1),
  platformId: z.string().min(1),
  catalogueId: z.string().min(1),
  kind: z.enum(INSPECTION_KINDS),
  title: z.string(),
  plannedStart: z.string(),
  plannedEnd: z.string(),
  team: z.array(z.string()),
  status: z.enum(['planned', 'inProgress', 'inReview', 'closed']),
  signOff: z.array(signOffStep),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
})

export const itemShape: z.ZodType<InspectionItem> = z.object({
  ...revisioned,
  id: z.string().min(1),
  inspectionId: z.string().min(1),
  requirementId: z.string().min(1),
  articleId: z.string(),
  text: z.string(),
  order: z.number(),
  result: z.enum(['compliant', 'partial', 'nonCompliant', 'notApplicable', 'notAssessed']),
  notes: z.string(),
  attachmentIds: z.array(z.string()),
  updatedAt: z.string(),
  updatedBy: z.string(),
})

export const attachmentShape: z.ZodType<AttachmentMeta> = z.object({
  id: z.string().min(1),
  ownerId: z.string().min(1),
  name: z.string(),
  type: z.string(),
  size: z.number().int().nonnegative(),
  sha256,
  capturedAt: z.string(),
  sourceUrl: z.string().nullable(),
})

export const platformShape: z.ZodType<Platform> = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  operator: z.string(),
  creditCode: z.string(),
  types: z.array(z.enum(PLATFORM_TYPES)),
  jurisdiction: z.string(),
  contacts: z.array(z.object({ name: z.string(), role: z.string(), phone: z.string(), email: z.string() })),
  note: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

/** Catalogues are checked by the catalogue's own validator (see unpack.ts); here only that they are there. */
export const dataShape = z.object({
  inspections: z.array(inspectionShape).min(1),
  items: z.array(itemShape),
  attachments: z.array(attachmentShape),
  platforms: z.array(platformShape),
  catalogues: z.array(z.unknown()),
})

/** Where in the input zod found the first problem, for the refusal's detail: `items.3.result`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return ''
  const path = issue.path.map(String).join('.')
  return path === '' ? issue.message : `${path}: ${issue.message}`
}
