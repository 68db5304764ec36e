// The audit log: every change, newest first, with its changes on demand, and a check of the hash chain.
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AuditEntry, ChainVerdict } from '@shared/audit/chain'
import { useDesk } from '@renderer/app/desk'
import { useTask } from '@renderer/components/TaskProgressModal'
import { TaskCancelled } from '@renderer/lib/tasks'
import { ChangeList } from './ChangeList'
import type { VerifyTask } from './verify.worker'

const PAGE_SIZE = 20

export function AuditPage() {
  const { t, i18n } = useTranslation()
  const { db } = useDesk()
  const { message } = App.useApp()
  const task = useTask()
  const [page, setPage] = useState(1)
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null)

  const total = useLiveQuery(() => db.auditLog.count(), [db])
  const entries = useLiveQuery(
    () => db.auditLog.orderBy('seq').reverse().offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE).toArray(),
    [db, page],
  )

  const verify = async () => {
    try {
      const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' })
      setVerdict(await task.run<VerifyTask>(t('audit.verifying'), worker, { dbName: db.name }))
    } catch (error) {
      if (!(error instanceof TaskCancelled)) void message.error(t('common.error'))
    }
  }

  const actionLabel = (entry: AuditEntry) => {
    // actions recorded by a newer version may have no label here: show the code then
    const label: unknown = i18n.getResource(i18n.language, 'translation', `audit.actions.${entry.action}`)
    return typeof label === 'string' ? label : entry.action
  }

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} onClick={() => void verify()} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
        {verdict && (
          <Alert
            data-testid="audit-verdict"
            data-ok={String(verdict.ok)}
            type={verdict.ok ? 'success' : 'error'}
            showIcon
            title={verdict.ok ? t('audit.verifiedOk', { count: verdict.count }) : t('audit.verifiedBroken', { seq: verdict.brokenAt })}
          />
        )}
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={entries === undefined}
          dataSource={entries ?? []}
          expandable={{ expandedRowRender: (entry) => <ChangeList changes={entry.changes} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('audit.total', { count: n }),
            onChange: setPage,
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            { title: t('audit.at'), dataIndex: 'at', width: 180, render: (at: string) => new Date(at).toLocaleString(i18n.language) },
            {
              title: t('audit.actor'),
              width: 220,
              render: (_, e) => (e.actor.name ? [e.actor.office, e.actor.name].filter(Boolean).join(' · ') : t('audit.unknownActor')),
            },
            { title: t('audit.action'), width: 160, render: (_, e) => actionLabel(e) },
            { title: t('audit.object'), dataIndex: 'summary', ellipsis: true },
          ]}
        />
      </Space>
      {task.modal}
    </Card>
  )
}
