// An inspection's checklist 检查清单: one item per catalogue requirement that applies to the platform's
// types (in the catalogue's order, the notice's own words), plus items the office adds of its own. Item ids
// are derived from the inspection and the requirement, so the same item made on a field laptop and at the
// office is the same record when a bundle is merged; an office's own items get a random key instead, since
// two inspectors adding items apart are adding different items.
import type { Catalogue } from '../catalogue/types'
import type { InspectionItem } from '../domain/findings'
import type { PlatformType } from '../domain/platform'
import type { Problem } from '../i18n'
import { articleNumber } from '../scorecard/articles'
import { revise } from '../sync/revision'
import { INSPECTION_LIMITS } from './plan'

/** The article id under which an office's own item counts when it belongs to none of the notice's. */
export const CUSTOM_ARTICLE = 'custom'
export const CUSTOM_PREFIX = 'custom:'

export interface Stamp {
  by: string
  at: string
}

export function itemId(inspectionId: string, requirementId: string): string {
  return `${inspectionId}/${requirementId}`
}

export function isCustomItem(item: Pick<InspectionItem, 'requirementId'>): boolean {
  return item.requirementId.startsWith(CUSTOM_PREFIX)
}

function newItem(inspectionId: string, requirementId: string, articleId: string, text: string, order: number, stamp: Stamp): InspectionItem {
  return revise<InspectionItem>({
    id: itemId(inspectionId, requirementId),
    inspectionId,
    requirementId,
    articleId,
    text,
    order,
    result: 'notAssessed',
    notes: '',
    attachmentIds: [],
    updatedAt: stamp.at,
    updatedBy: stamp.by,
  })
}

/** The requirements of `catalogue` that apply to a platform of `types` (any one type suffices), in the
 * catalogue's order. */
export function applicableRequirements(catalogue: Catalogue, types: readonly PlatformType[]) {
  return catalogue.requirements.filter((r) => r.appliesTo.some((t) => types.includes(t)))
}

/** The checklist drawn from the catalogue: every applicable requirement once, numbered from 1. */
export function generateChecklist(catalogue: Catalogue, types: readonly PlatformType[], inspectionId: string, stamp: Stamp): InspectionItem[] {
  return applicableRequirements(catalogue, types).map((r, i) => newItem(inspectionId, r.id, r.articleId, r.textZh, i + 1, stamp))
}

export interface CustomItemInput {
  text: string
  /** one of the catalogue's articles, or CUSTOM_ARTICLE */
  articleId: string
}

export type CustomItemResult = { ok: true; value: CustomItemInput } | { ok: false; problems: Problem[] }

export function validateCustomItem(input: CustomItemInput, articleIds: readonly string[]): CustomItemResult {
  const text = input.text.trim()
  const problems: Problem[] = []
  if (text === '') problems.push({ key: 'inspections.validation.itemTextRequired', path: 'text' })
  else if (text.length > INSPECTION_LIMITS.itemText) problems.push({ key: 'inspections.validation.itemTextTooLong', path: 'text', params: { max: INSPECTION_LIMITS.itemText } })
  if (input.articleId !== CUSTOM_ARTICLE && !articleIds.includes(input.articleId)) problems.push({ key: 'inspections.validation.articleUnknown', path: 'articleId' })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { text, articleId: input.articleId } }
}

/** An office's own item, after every item there is. `key` makes its id (a random one in the app). */
export function customItem(inspectionId: string, existing: readonly InspectionItem[], input: CustomItemInput, key: string, stamp: Stamp): InspectionItem {
  const order = existing.reduce((max, item) => Math.max(max, item.order), 0) + 1
  return newItem(inspectionId, `${CUSTOM_PREFIX}${key}`, input.articleId, input.text.trim(), order, stamp)
}

/** The order the checklist is shown and walked in: by article (the office's own article last), then by
 * item order — so an office's item under N3 sits with N3's requirements. */
export function byChecklistOrder(a: InspectionItem, b: InspectionItem): number {
  return articleNumber(a.articleId) - articleNumber(b.articleId) || a.order - b.order || a.id.localeCompare(b.id)
}

export interface ArticleGroup {
  articleId: string
  items: InspectionItem[]
}

/** The items in checklist order, grouped by article. */
export function groupByArticle(items: readonly InspectionItem[]): ArticleGroup[] {
  const groups: ArticleGroup[] = []
  for (const item of [...items].sort(byChecklistOrder)) {
    const last = groups[groups.length - 1]
    if (last?.articleId === item.articleId) last.items.push(item)
    else groups.push({ articleId: item.articleId, items: [item] })
  }
  return groups
}
