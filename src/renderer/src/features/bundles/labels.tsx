// How bundle records read on this page: status tags, times, record names (an inspection by its title, an
// item by its requirement and text, evidence by file name, a catalogue by its title and version), and the
// text of a failed task.
import { Tag } from 'antd'
import dayjs from 'dayjs'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '@shared/catalogue/types'
import type { AttachmentMeta, Inspection, InspectionItem, InspectionStatus } from '@shared/domain/findings'
import type { Platform } from '@shared/domain/platform'
import type { RecordKind } from '@shared/bundles/merge'
import { TaskFailed } from '@renderer/lib/tasks'
import { UserError } from '@renderer/db/data-layer'

const STATUS_COLOUR: Record<InspectionStatus, string> = { planned: 'default', inProgress: 'processing', inReview: 'gold', closed: 'green' }

export function StatusTag({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation()
  return (
    <Tag color={STATUS_COLOUR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`bundles.labels.status.${status}`)}
    </Tag>
  )
}

/** `2026-11-03 10:15`; an empty or unreadable time as a dash. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—'
  const d = dayjs(iso)
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso
}

export function itemName(t: TFunction, item: InspectionItem): string {
  return t('bundles.conflicts.item', { requirement: item.requirementId, text: item.text })
}

/** What a person calls the record, whatever its kind. */
export function recordName(t: TFunction, kind: RecordKind, record: unknown, language: string): string {
  switch (kind) {
    case 'inspections':
      return (record as Inspection).title
    case 'items':
      return itemName(t, record as InspectionItem)
    case 'attachments':
      return (record as AttachmentMeta).name
    case 'platforms':
      return (record as Platform).name
    case 'catalogues': {
      const c = record as Catalogue
      return `${language.startsWith('zh') ? c.titleZh : c.titleEn || c.titleZh} v${c.version}`
    }
  }
}

/** A task's failure in words: the message it carries, else its text. */
export function errorText(t: TFunction, error: unknown): string {
  const userMessage = error instanceof TaskFailed || error instanceof UserError ? error.userMessage : null
  if (userMessage) return t(userMessage.key, userMessage.params)
  return error instanceof Error ? error.message : String(error)
}
