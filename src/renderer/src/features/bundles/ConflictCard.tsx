// One conflict: the local and the incoming version side by side, field by field, what differs marked, and
// the choice of which to keep. A conflict decided by the rules (the local inspection is closed) shows its
// reason and offers no choice.
import { LockOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Inspection, InspectionItem } from '@shared/domain/findings'
import type { PlanEntry } from '@shared/bundles/merge'
import type { Choice } from '@shared/bundles/resolve'
import { inspectionRows, itemRows, type FieldRow } from './conflict-fields'
import { itemName } from './labels'

export type ConflictEntry = { kind: 'inspections'; entry: PlanEntry<Inspection> } | { kind: 'items'; entry: PlanEntry<InspectionItem>; inspectionTitle: string }

interface Props {
  conflict: ConflictEntry
  conflictId: string
  choice: Choice | undefined
  onChoose: (choice: Choice) => void
  attachmentNames: Readonly<Record<string, string>>
}

const cell = (text: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Text>

export function ConflictCard({ conflict, conflictId, choice, onChoose, attachmentNames }: Props) {
  const { t } = useTranslation()
  const { entry } = conflict
  const locked = entry.reason === 'closedLocal'
  const chosen: Choice | undefined = locked ? 'local' : choice
  const rows: FieldRow[] =
    conflict.kind === 'inspections' ? inspectionRows(t, conflict.entry.local, conflict.entry.incoming) : itemRows(t, conflict.entry.local, conflict.entry.incoming, attachmentNames)
  const title = conflict.kind === 'inspections' ? t('bundles.conflicts.inspection', { title: conflict.entry.incoming.title }) : itemName(t, conflict.entry.incoming)
  const highlight = (side: Choice) => (chosen === side ? { background: '#f0f7ff' } : undefined)

  const columns: TableColumnsType<FieldRow> = [
    { key: 'label', title: t('bundles.conflicts.field'), dataIndex: 'label', width: 120, render: (label: string, row) => (row.differs ? <Typography.Text strong>{label}</Typography.Text> : label) },
    { key: 'local', title: t('bundles.conflicts.local'), render: (_, row) => cell(row.local), onCell: () => ({ style: highlight('local') }) },
    { key: 'incoming', title: t('bundles.conflicts.incoming'), render: (_, row) => cell(row.incoming), onCell: () => ({ style: highlight('incoming') }) },
  ]

  return (
    <Card
      size="small"
      data-testid="bundle-conflict"
      data-id={conflictId}
      data-choice={chosen ?? ''}
      title={
        <Space size={8} wrap>
          <span>{title}</span>
          {conflict.kind === 'items' ? <Typography.Text type="secondary">{conflict.inspectionTitle}</Typography.Text> : null}
          {locked ? (
            <Tag icon={<LockOutlined />} color="default">
              {t('bundles.conflicts.closed')}
            </Tag>
          ) : null}
        </Space>
      }
      extra={
        <Space.Compact>
          <Button type={chosen === 'local' ? 'primary' : 'default'} disabled={locked} onClick={() => onChoose('local')} data-testid="bundle-choose-local" aria-pressed={chosen === 'local'}>
            {t('bundles.conflicts.chooseLocal')}
          </Button>
          <Button type={chosen === 'incoming' ? 'primary' : 'default'} disabled={locked} onClick={() => onChoose('incoming')} data-testid="bundle-choose-incoming" aria-pressed={chosen === 'incoming'}>
            {t('bundles.conflicts.chooseIncoming')}
          </Button>
        </Space.Compact>
      }
    >
      <Flex vertical gap={8}>
        {locked ? <Alert type="info" showIcon title={t('bundles.conflicts.closedReason')} /> : null}
        <Table<FieldRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={false}
          onRow={(row) => ({ style: row.differs ? { background: '#fffbe6' } : undefined })}
        />
      </Flex>
    </Card>
  )
}
