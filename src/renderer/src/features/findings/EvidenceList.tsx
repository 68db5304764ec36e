// A finding's evidence: each record it cites, read back from its packed segment, as a compact table of its
// fields under the account it concerns, with the report file it came from and its line in that file — what
// an inspector puts in front of the platform. A report cited as a whole shows the report.
import { FileTextOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Card, Descriptions, Flex, Space, Spin, Tag, Tooltip, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Report } from '@shared/domain/report'
import { useDesk } from '@renderer/app/desk'
import { resolveEvidence, type EvidenceItem } from './evidence'
import { evidenceFields } from './evidence-fields'
import { accountPath } from '@renderer/features/accounts/labels'

type RowItem = Extract<EvidenceItem, { type: 'row' }>

function Source({ report, row }: { report: Report | null; row?: number }) {
  const { t } = useTranslation()
  return (
    <Space size={6} style={{ fontSize: 12 }} data-testid="evidence-source">
      <FileTextOutlined style={{ opacity: 0.45 }} />
      {report ? (
        <Link to={`/reports/${encodeURIComponent(report.id)}`} title={report.fileName}>
          {report.fileName}
        </Link>
      ) : null}
      {row === undefined ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="evidence-line">
          {t('findings.evidence.row', { row })}
        </Typography.Text>
      )}
    </Space>
  )
}

function RowEvidence({ item, platformName }: { item: RowItem; platformName: string | null }) {
  const { t, i18n } = useTranslation()
  const fields = evidenceFields(t, item.kind, item.row, i18n.language)
  return (
    <Card
      size="small"
      data-testid="evidence-item"
      data-kind={item.kind}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
            {t(`domain.reportKind.${item.kind}`)}
          </Tag>
          {platformName ? <Tag style={{ marginInlineEnd: 0 }}>{platformName}</Tag> : null}
          <UserOutlined style={{ opacity: 0.45 }} />
          <Link to={accountPath(item.row.platformId, item.row.accountId)} title={t('findings.evidence.openAccount')} data-testid="evidence-account">
            {item.row.accountId}
          </Link>
          <Typography.Text style={{ fontWeight: 'normal' }}>{item.row.accountName}</Typography.Text>
        </Flex>
      }
      extra={<Source report={item.report} row={item.sourceRow} />}
      styles={{ body: { padding: 0 } }}
    >
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, md: 3 }}
        items={fields.map((f) => ({
          key: f.field,
          label: f.label,
          children: f.full ? (
            <Tooltip title={f.full}>
              <Typography.Text copyable={{ text: f.full }} style={{ whiteSpace: 'nowrap', fontFamily: 'monospace', fontSize: 12 }}>
                {f.text}
              </Typography.Text>
            </Tooltip>
          ) : (
            <Typography.Text type={f.empty ? 'secondary' : undefined} style={f.prose ? { wordBreak: 'break-all' } : { whiteSpace: 'nowrap' }}>
              {f.text}
            </Typography.Text>
          ),
        }))}
        styles={{ label: { whiteSpace: 'nowrap', width: 1 } }}
      />
    </Card>
  )
}

function ReportEvidence({ report }: { report: Report }) {
  const { t } = useTranslation()
  return (
    <Card
      size="small"
      data-testid="evidence-item"
      data-kind="report"
      title={
        <Flex gap={8} align="center">
          <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
            {t('findings.evidence.reportItself')}
          </Tag>
          <Typography.Text>{t(`domain.reportKind.${report.kind}`)}</Typography.Text>
        </Flex>
      }
      extra={<Source report={report} />}
    >
      <Typography.Text type="secondary">
        {t('findings.evidence.reportPeriod', { start: report.periodStart, end: report.periodEnd, received: report.receivedOn })}
      </Typography.Text>
    </Card>
  )
}

export function EvidenceList({ refs, platformId, platformNames }: { refs: readonly string[]; platformId: string; platformNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation()
  const { db } = useDesk()
  const key = refs.join('\n')
  const items = useLiveQuery(() => resolveEvidence(db, key === '' ? [] : key.split('\n')), [db, key])

  return (
    <div data-testid="finding-evidence">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{t('findings.evidence.title', { n: refs.length })}</Typography.Title>
      {items === undefined ? (
        <Spin size="small" description={t('findings.evidence.loading')} />
      ) : (
        <Flex vertical gap={12}>
          {items.map((item) =>
            item.type === 'row' ? (
              <RowEvidence key={item.ref} item={item} platformName={item.row.platformId === platformId ? null : (platformNames.get(item.row.platformId) ?? item.row.platformId)} />
            ) : item.type === 'report' ? (
              <ReportEvidence key={item.ref} report={item.report} />
            ) : (
              <Alert
                key={item.ref}
                type="warning"
                showIcon
                title={item.report ? t('findings.evidence.rolledBack', { name: item.report.fileName }) : t('findings.evidence.missing', { ref: item.ref })}
                action={item.report ? <Source report={item.report} /> : undefined}
                data-testid="evidence-missing"
              />
            ),
          )}
        </Flex>
      )}
    </div>
  )
}
