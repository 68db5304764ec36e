// The fields a person compares in a conflict, as text for each side: an inspection's title, kind, status,
// dates, team and sign-off; an item's result, notes and evidence. A row that differs is marked, so the
// eye goes to what was changed.
import type { TFunction } from 'i18next'
import type { Inspection, InspectionItem } from '@shared/domain/findings'
import type { zhCN } from '@shared/i18n'
import { formatTime } from './labels'

export interface FieldRow {
  key: string
  label: string
  local: string
  incoming: string
  differs: boolean
}

type FieldKey = keyof typeof zhCN.bundles.fields
type Field<T> = [key: FieldKey, read: (record: T) => string]

function rows<T>(t: TFunction, fields: readonly Field<T>[], local: T | null, incoming: T): FieldRow[] {
  return fields.map(([key, read]) => {
    const mine = local ? read(local) : t('bundles.conflicts.none')
    const theirs = read(incoming)
    return { key, label: t(`bundles.fields.${key}`), local: mine, incoming: theirs, differs: local !== null && mine !== theirs }
  })
}

const lines = (values: readonly string[], empty: string) => (values.length === 0 ? empty : values.join('\n'))

export function inspectionRows(t: TFunction, local: Inspection | null, incoming: Inspection): FieldRow[] {
  const empty = t('bundles.labels.empty')
  const fields: Field<Inspection>[] = [
    ['title', (i) => i.title],
    ['kind', (i) => t(`bundles.labels.kind.${i.kind}`)],
    ['status', (i) => t(`bundles.labels.status.${i.status}`)],
    ['dates', (i) => `${i.plannedStart} ~ ${i.plannedEnd}`],
    ['team', (i) => lines(i.team, empty).replaceAll('\n', '、')],
    [
      'signOff',
      (i) =>
        lines(
          i.signOff.map((s) => {
            const step = t('bundles.labels.step', { action: t(`bundles.labels.signOff.${s.action}`), by: s.by, at: formatTime(s.at) })
            return s.comments ? `${step}\n${s.comments}` : step
          }),
          empty,
        ),
    ],
    ['closedAt', (i) => formatTime(i.closedAt)],
    ['updated', (i) => t('bundles.labels.updated', { by: i.updatedBy || empty, at: formatTime(i.updatedAt) })],
  ]
  return rows(t, fields, local, incoming)
}

export function itemRows(t: TFunction, local: InspectionItem | null, incoming: InspectionItem, names: Readonly<Record<string, string>>): FieldRow[] {
  const empty = t('bundles.labels.empty')
  const fields: Field<InspectionItem>[] = [
    ['result', (i) => t(`bundles.labels.result.${i.result}`)],
    ['notes', (i) => i.notes || empty],
    ['attachments', (i) => lines(i.attachmentIds.map((id) => names[id] ?? id), empty)],
    ['updated', (i) => t('bundles.labels.updated', { by: i.updatedBy || empty, at: formatTime(i.updatedAt) })],
  ]
  return rows(t, fields, local, incoming)
}
