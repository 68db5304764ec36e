// What an opened bundle is and what importing it would do: who exported it and when, that every hash
// checked out, the counts by kind, the local versions that stay (and why), the conflicts to decide side by
// side, and Import — enabled once every open conflict has a choice.
import { CheckCircleOutlined } from '@ant-design/icons'
import { Alert, Button, Descriptions, Flex, Space, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { conflictKey, RECORD_KINDS, type PlanEntry } from '@shared/bundles/merge'
import { planCounts, type Choice } from '@shared/bundles/resolve'
import { ConflictCard, type ConflictEntry } from './ConflictCard'
import { CountsTable } from './CountsTable'
import { formatTime, recordName } from './labels'
import type { ImportPreview as Preview } from './protocol'
import { formatSize } from './size'

interface Props {
  preview: Preview
  choices: ReadonlyMap<string, Choice>
  openConflicts: readonly string[]
  undecided: number
  busy: boolean
  onChoose: (keys: readonly string[], choice: Choice) => void
  onApply: () => void
  onDiscard: () => void
}

export function ImportPreview({ preview, choices, openConflicts, undecided, busy, onChoose, onApply, onDiscard }: Props) {
  const { t, i18n } = useTranslation()
  const { manifest, plan } = preview
  const counts = useMemo(() => planCounts(plan), [plan])
  const titles = useMemo(() => new Map(plan.inspections.map((e) => [e.id, e.incoming.title])), [plan])
  const conflicts: ConflictEntry[] = [
    ...plan.inspections.filter((e) => e.action === 'conflict').map((entry): ConflictEntry => ({ kind: 'inspections', entry })),
    ...plan.items.filter((e) => e.action === 'conflict').map((entry): ConflictEntry => ({ kind: 'items', entry, inspectionTitle: titles.get(entry.incoming.inspectionId) ?? '' })),
  ]
  const kept = RECORD_KINDS.flatMap((kind) => (plan[kind] as PlanEntry<unknown>[]).filter((e) => e.action === 'keepLocal').map((e) => ({ kind, entry: e })))
  const by = manifest.exportedBy.office ? `${manifest.exportedBy.name || t('bundles.import.unknown')} · ${manifest.exportedBy.office}` : manifest.exportedBy.name || t('bundles.import.unknown')

  return (
    <Flex vertical gap={16} data-testid="bundle-preview">
      <Descriptions size="small" column={3} bordered>
        <Descriptions.Item label={t('bundles.import.from')} span={3}>
          {preview.fileName}
        </Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.exportedBy')}>{by}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.exportedAt')}>{formatTime(manifest.exportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.appVersion')}>{manifest.appVersion || t('bundles.import.unknown')}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.inspections')}>{manifest.inspectionIds.length}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.files')}>{manifest.files.length}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.size')}>{formatSize(preview.fileSize)}</Descriptions.Item>
        <Descriptions.Item label={t('bundles.import.manifestHash')} span={3}>
          <Typography.Text code copyable={{ text: preview.manifestSha256 }}>
            {preview.manifestSha256}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('bundles.import.verified', { count: manifest.files.length })} />

      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('bundles.import.plan')}
      </Typography.Title>
      <CountsTable counts={counts} />

      {kept.length > 0 ? (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('bundles.kept.title', { count: kept.length })}</Typography.Text>
          {kept.map(({ kind, entry }) => (
            <Space key={`${kind}:${entry.id}`} size={8} wrap data-testid="bundle-kept" data-id={entry.id} style={{ padding: '4px 0' }}>
              <Tag>{t(`bundles.kinds.${kind}`)}</Tag>
              <span>{recordName(t, kind, entry.local ?? entry.incoming, i18n.language)}</span>
              <Typography.Text type="secondary">{t(`bundles.kept.${entry.reason ?? 'differs'}`)}</Typography.Text>
            </Space>
          ))}
        </Flex>
      ) : null}

      {conflicts.length > 0 ? (
        <Flex vertical gap={12}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <div>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('bundles.conflicts.title', { count: conflicts.length })}
              </Typography.Title>
              <Typography.Text type="secondary">{t('bundles.conflicts.hint')}</Typography.Text>
            </div>
            <Space>
              <Button disabled={openConflicts.length === 0} onClick={() => onChoose(openConflicts, 'local')} data-testid="bundle-choose-all-local">
                {t('bundles.conflicts.allLocal')}
              </Button>
              <Button disabled={openConflicts.length === 0} onClick={() => onChoose(openConflicts, 'incoming')} data-testid="bundle-choose-all-incoming">
                {t('bundles.conflicts.allIncoming')}
              </Button>
            </Space>
          </Flex>
          {conflicts.map((conflict) => {
            const key = conflictKey(conflict.kind, conflict.entry.id)
            return (
              <ConflictCard
                key={key}
                conflict={conflict}
                conflictId={key}
                choice={choices.get(key)}
                onChoose={(choice) => onChoose([key], choice)}
                attachmentNames={preview.attachmentNames}
              />
            )
          })}
        </Flex>
      ) : null}

      <Flex justify="flex-end" align="center" gap={12}>
        {undecided > 0 ? <Typography.Text type="warning">{t('bundles.import.applyBlocked', { count: undecided })}</Typography.Text> : null}
        <Button onClick={onDiscard} disabled={busy} data-testid="bundle-discard">
          {t('bundles.import.cancel')}
        </Button>
        <Button type="primary" onClick={onApply} disabled={undecided > 0 || busy} loading={busy} data-testid="bundle-apply">
          {t('bundles.import.apply')}
        </Button>
      </Flex>
    </Flex>
  )
}
