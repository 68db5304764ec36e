// Finding 问题, Inspection 督导检查, Rectification 整改, Case 典型案例 and ColumnIssue 警示教育专栏（期）:
// the records users edit one at a time. Later issues give them their behaviour; the store holds them now.
import type { Message } from '../i18n'

export type Severity = 'high' | 'medium' | 'low'
export type FindingStatus = 'open' | 'confirmed' | 'dismissed' | 'rectifying' | 'closed'

/** What a user decided about a finding; it survives re-runs of the rules. */
export interface FindingDecision {
  status: 'confirmed' | 'dismissed'
  by: string
  at: string
  reason: string
}

/** Finding 问题 — from a rule check on reports or from an inspection item. */
export interface Finding {
  /** rule findings: stable across re-runs (rule, platform and the facts it is anchored on) */
  id: string
  source: 'rule' | 'inspection'
  /** rule id (e.g. `N9.earnings-suspension`), or `inspection` */
  rule: string
  requirementId: string
  platformId: string
  accountId: string | null
  holderKey: string | null
  severity: Severity
  /** the explanation as a message, so each user reads it in their language */
  message: Message | null
  /** the explanation in Chinese as it was when found (for reports, documents and the record) */
  explanation: string
  /** record references: `segmentId#index`, report ids, inspection item or attachment ids */
  evidence: string[]
  status: FindingStatus
  decision: FindingDecision | null
  /** the data no longer shows it (kept because someone decided about it) */
  stale: boolean
  inspectionId: string | null
  /** the month (YYYY-MM) the finding's facts fall in */
  period: string
  createdAt: string
  updatedAt: string
}

export const INSPECTION_KINDS = ['routine', 'campaign', 'field'] as const
export type InspectionKind = (typeof INSPECTION_KINDS)[number]
export type InspectionStatus = 'planned' | 'inProgress' | 'inReview' | 'closed'
export type ItemResult = 'compliant' | 'partial' | 'nonCompliant' | 'notApplicable' | 'notAssessed'

/** A record that can be edited on a field laptop and at the office and merged back: `rev` is the hash of
 * its content, `prevRevs` the revisions it was made from (newest last), so a merge can tell an edit made on
 * top of another from two edits made apart (see @shared/sync/revision). */
export interface Revisioned {
  rev: string
  prevRevs: string[]
}

/** One step of an inspection's sign-off: the inspector submits, the reviewer accepts or sends it back. */
export interface SignOffStep {
  action: 'submitted' | 'accepted' | 'returned'
  by: string
  at: string
  comments: string
}

/** Inspection 督导检查 */
export interface Inspection extends Revisioned {
  id: string
  platformId: string
  catalogueId: string
  kind: InspectionKind
  title: string
  plannedStart: string
  plannedEnd: string
  team: string[]
  status: InspectionStatus
  /** the sign-off so far, oldest first */
  signOff: SignOffStep[]
  closedAt: string | null
  createdAt: string
  updatedAt: string
  updatedBy: string
}

export interface InspectionItem extends Revisioned {
  id: string
  inspectionId: string
  /** catalogue requirement id, or `custom:…` for the office's own items */
  requirementId: string
  /** the article the item counts under (`N1`…`N13`, or `custom`) */
  articleId: string
  text: string
  order: number
  result: ItemResult
  notes: string
  attachmentIds: string[]
  updatedAt: string
  updatedBy: string
}

/** Attachment — evidence stored in the database with its hash. The store keeps the bytes beside these
 * fields (as a Blob, which pure code does not know). */
export interface AttachmentMeta {
  id: string
  ownerId: string
  name: string
  type: string
  size: number
  sha256: string
  capturedAt: string
  sourceUrl: string | null
}

/**
 * Where a rectification stands: 待整改 ordered (the notice is issued, the platform's report is awaited),
 * 待复查 reported, 复查通过 recheckPassed (awaiting the formal close), 复查未通过 recheckFailed, 已升级处置
 * escalated (it stays open until a re-check passes and it is closed), 已办结 closed. The transitions are in
 * @shared/rectifications/machine.
 */
export const RECTIFICATION_STATUSES = ['ordered', 'reported', 'recheckPassed', 'recheckFailed', 'escalated', 'closed'] as const
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number]
export const ESCALATIONS = ['interview', 'warning', 'circular', 'fine', 'functionSuspension'] as const
/** 约谈, 警告, 通报批评, 罚款, 暂停相关功能 */
export type Escalation = (typeof ESCALATIONS)[number]

/** A finding as the order states it, frozen when the order is issued (the notice must read the same later). */
export interface OrderedFinding {
  findingId: string
  requirementId: string
  /** the explanation in Chinese */
  explanation: string
  accountId: string | null
  period: string
}

/** One article of an order's legal basis: the notice's clauses the findings fall under, quoted. */
export interface LegalBasisArticle {
  articleId: string
  number: number
  titleZh: string
  clauses: { requirementId: string; textZh: string }[]
}

/** One step of a rectification's record, oldest first. `by` is who did it (the re-check: the inspectors),
 * `recordedBy`/`at` who entered it and when. Dates without time are calendar dates (YYYY-MM-DD). */
export type RectificationStep =
  | { kind: 'issued'; on: string; recordedBy: string; at: string }
  | { kind: 'report'; id: string; receivedOn: string; summary: string; attachmentIds: string[]; recordedBy: string; at: string }
  | { kind: 'recheck'; on: string; by: string; result: 'passed' | 'failed'; notes: string; recordedBy: string; at: string }
  | { kind: 'escalation'; measure: Escalation; on: string; notes: string; recordedBy: string; at: string }
  | { kind: 'closed'; on: string; notes: string; recordedBy: string; at: string }

/** Rectification 整改 — an order to rectify within a deadline (责令限期整改通知书) and what followed. */
export interface Rectification extends Revisioned {
  id: string
  platformId: string
  /** e.g. `宁网信整〔2026〕12号`, made of the prefix, the year and the sequence (@shared/rectifications/numbering) */
  documentNumber: string
  numberPrefix: string
  year: number
  sequence: number
  /** 发文机关 */
  issuingOffice: string
  /** 成文日期 */
  issuedOn: string
  /** 主送 — the platform's operator */
  addressee: string
  platformName: string
  findingIds: string[]
  findings: OrderedFinding[]
  /** the articles of the legal basis (`N9`, …), in the notice's order */
  articles: string[]
  basis: LegalBasisArticle[]
  /** the catalogue the basis is quoted from */
  catalogueId: string
  catalogueTitleZh: string
  /** the last day to rectify and report */
  deadline: string
  status: RectificationStatus
  steps: RectificationStep[]
  closedOn: string | null
  createdAt: string
  updatedAt: string
  updatedBy: string
}

export type CaseStatus = 'draft' | 'reviewed' | 'published'

/** Case 典型案例 */
export interface Case {
  id: string
  title: string
  platformId: string | null
  violationType: string
  body: string
  /** names to mask when the case is published */
  maskedNames: string[]
  sourceIds: string[]
  status: CaseStatus
  columnIssueId: string | null
  order: number
  createdAt: string
  updatedAt: string
}

/** ColumnIssue 警示教育专栏（期） */
export interface ColumnIssue {
  id: string
  number: number
  title: string
  caseIds: string[]
  status: 'draft' | 'published'
  publishedOn: string | null
  createdAt: string
  updatedAt: string
}
