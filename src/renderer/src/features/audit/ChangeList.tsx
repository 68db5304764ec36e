// One audit entry's changes, field by field. Values are shown as plain text, never as markup.
import { Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AuditChange } from '@shared/audit/chain'

const MAX_VALUE = 300

function text(value: unknown): string {
  if (value === undefined || value === null) return '—'
  const s = typeof value === 'string' ? value : JSON.stringify(value)
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s
}

/** The fields that differ between two record states. */
export function changedFields(before: unknown, after: unknown): { field: string; before: unknown; after: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])]
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: b[field], after: a[field] }))
}

export function ChangeList({ changes }: { changes: AuditChange[] }) {
  const { t } = useTranslation()
  return (
    <div data-testid="audit-changes">
      {changes.map((change, i) =>
        'bulk' in change ? (
          <Typography.Paragraph key={i}>
            {t(change.bulk === 'add' ? 'audit.bulkAdd' : change.bulk === 'put' ? 'audit.bulkPut' : 'audit.bulkDelete', { table: change.table, count: change.count })}
          </Typography.Paragraph>
        ) : (
          <Descriptions
            key={i}
            size="small"
            bordered
            column={1}
            title={`${change.table} · ${change.key}`}
            style={{ marginBottom: 12 }}
            items={changedFields(change.before, change.after).map(({ field, before, after }) => ({
              key: field,
              label: field,
              children: (
                <Typography.Text>
                  <Typography.Text type="secondary" delete={after !== undefined}>
                    {text(before)}
                  </Typography.Text>
                  {' → '}
                  {text(after)}
                </Typography.Text>
              ),
            }))}
          />
        ),
      )}
    </div>
  )
}
