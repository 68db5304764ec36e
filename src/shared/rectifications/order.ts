// Issuing an order: from the findings of one platform, the order's frozen content — the findings as found,
// the legal basis quoted from the catalogue in force (the notice's articles the findings fall under, with
// their titles and the clauses' own words), the document number, the addressee and the deadline — and the
// checks a draft must pass before it becomes an order. What the notice says is fixed at issue: a later
// catalogue version or a re-run of the rules does not change a document already sent.
import type { Catalogue } from '../catalogue/types'
import type { Finding, LegalBasisArticle, OrderedFinding, Rectification } from '../domain/findings'
import type { Platform } from '../domain/platform'
import type { Problem } from '../i18n'
import { articleNumber, articleOf } from '../scorecard/articles'
import { revise } from '../sync/revision'
import { isIsoDate } from '../util/dates'
import { formatDocumentNumber, numberTaken, validPrefix, type NumberParts } from './numbering'

export interface OrderDraft {
  platform: Pick<Platform, 'id' | 'name' | 'operator'>
  findings: readonly Finding[]
  catalogue: Catalogue
  numberPrefix: string
  sequence: number
  issuingOffice: string
  issuedOn: string
  addressee: string
  deadline: string
}

/** Findings an order may take: not decided away, not already in an order, still shown by the data. */
export function canOrder(finding: Pick<Finding, 'status' | 'stale'>): boolean {
  return (finding.status === 'open' || finding.status === 'confirmed') && !finding.stale
}

/** In the notice's order: by article, then by the requirement's place in the catalogue, then by month. */
export function sortForOrder<F extends Pick<Finding, 'requirementId' | 'period' | 'accountId'>>(findings: readonly F[], catalogue: Catalogue): F[] {
  const place = new Map(catalogue.requirements.map((r, i) => [r.id, i]))
  const article = (f: F) => articleNumber(articleOf(f.requirementId) ?? '')
  return [...findings].sort(
    (a, b) =>
      article(a) - article(b) ||
      (place.get(a.requirementId) ?? Number.MAX_SAFE_INTEGER) - (place.get(b.requirementId) ?? Number.MAX_SAFE_INTEGER) ||
      a.period.localeCompare(b.period) ||
      (a.accountId ?? '').localeCompare(b.accountId ?? ''),
  )
}

export function orderedFindings(findings: readonly Finding[], catalogue: Catalogue): OrderedFinding[] {
  return sortForOrder(findings, catalogue).map((f) => ({
    findingId: f.id,
    requirementId: f.requirementId,
    explanation: f.explanation,
    accountId: f.accountId,
    period: f.period,
  }))
}

/** The articles the findings fall under, each with the clauses concerned, quoted; in the notice's order.
 * Requirements the catalogue does not hold (an office's own inspection items) have no clause to quote. */
export function legalBasis(findings: readonly Pick<Finding, 'requirementId'>[], catalogue: Catalogue): LegalBasisArticle[] {
  const wanted = new Set(findings.map((f) => f.requirementId))
  const out: LegalBasisArticle[] = []
  for (const article of [...catalogue.articles].sort((a, b) => a.number - b.number)) {
    const clauses = catalogue.requirements
      .filter((r) => r.articleId === article.id && wanted.has(r.id))
      .map((r) => ({ requirementId: r.id, textZh: r.textZh }))
    if (clauses.length > 0) out.push({ articleId: article.id, number: article.number, titleZh: article.titleZh, clauses })
  }
  return out
}

/** What is wrong with a draft, field by field (`path` names the form field); empty when it can be issued. */
export function draftProblems(draft: OrderDraft, existing: readonly NumberParts[], today: string): Problem[] {
  const problems: Problem[] = []
  if (draft.findings.length === 0) problems.push({ key: 'rectifications.problem.noFindings', path: 'findings' })
  if (draft.findings.some((f) => f.platformId !== draft.platform.id)) problems.push({ key: 'rectifications.problem.otherPlatform', path: 'findings' })
  if (draft.findings.some((f) => !canOrder(f))) problems.push({ key: 'rectifications.problem.findingTaken', path: 'findings' })
  if (!validPrefix(draft.numberPrefix)) problems.push({ key: 'rectifications.problem.prefix', path: 'numberPrefix' })
  if (!Number.isInteger(draft.sequence) || draft.sequence < 1) problems.push({ key: 'rectifications.problem.sequence', path: 'sequence' })
  if (draft.issuingOffice.trim() === '') problems.push({ key: 'rectifications.problem.officeRequired', path: 'issuingOffice' })
  if (draft.addressee.trim() === '') problems.push({ key: 'rectifications.problem.addresseeRequired', path: 'addressee' })
  if (!isIsoDate(draft.issuedOn)) problems.push({ key: 'rectifications.problem.date', path: 'issuedOn' })
  else if (draft.issuedOn > today) problems.push({ key: 'rectifications.problem.future', path: 'issuedOn' })
  if (!isIsoDate(draft.deadline)) problems.push({ key: 'rectifications.problem.date', path: 'deadline' })
  else if (isIsoDate(draft.issuedOn) && draft.deadline <= draft.issuedOn) problems.push({ key: 'rectifications.problem.deadlineBeforeIssue', path: 'deadline' })
  const parts = numberParts(draft)
  if (validPrefix(draft.numberPrefix) && isIsoDate(draft.issuedOn) && numberTaken(existing, parts)) {
    problems.push({ key: 'rectifications.problem.numberTaken', path: 'sequence', params: { number: formatDocumentNumber(parts) } })
  }
  return problems
}

/** The year of a document number is the year it is issued in. */
export function numberParts(draft: Pick<OrderDraft, 'numberPrefix' | 'sequence' | 'issuedOn'>): NumberParts {
  return { numberPrefix: draft.numberPrefix.trim(), year: Number(draft.issuedOn.slice(0, 4)), sequence: draft.sequence }
}

/** The order a (checked) draft becomes, in status 待整改 `ordered`. */
export function buildOrder(draft: OrderDraft, meta: { id: string; recordedBy: string; at: string }): Rectification {
  const parts = numberParts(draft)
  const basis = legalBasis(draft.findings, draft.catalogue)
  const findings = orderedFindings(draft.findings, draft.catalogue)
  return revise<Rectification>({
    id: meta.id,
    platformId: draft.platform.id,
    documentNumber: formatDocumentNumber(parts),
    ...parts,
    issuingOffice: draft.issuingOffice.trim(),
    issuedOn: draft.issuedOn,
    addressee: draft.addressee.trim(),
    platformName: draft.platform.name,
    findingIds: findings.map((f) => f.findingId),
    findings,
    articles: basis.map((a) => a.articleId),
    basis,
    catalogueId: draft.catalogue.id,
    catalogueTitleZh: draft.catalogue.titleZh,
    deadline: draft.deadline,
    status: 'ordered',
    steps: [{ kind: 'issued', on: draft.issuedOn, recordedBy: meta.recordedBy, at: meta.at }],
    closedOn: null,
    createdAt: meta.at,
    updatedAt: meta.at,
    updatedBy: meta.recordedBy,
  })
}
