// The findings table: one row per finding, paginated (a store can hold tens of thousands; only a page is
// ever rendered). A row opens the finding's detail; the account cell links to the account page instead.
import { Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import type { HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Article } from '@shared/catalogue/types'
import type { Finding } from '@shared/domain/findings'
import { bySeverity } from './filters'
import { accountPath } from '@renderer/features/accounts/labels'
import { useOverdueFindingIds } from '@renderer/features/rectifications/hooks'
import { explanationOf, requirementArticleLabel, FindingStatusTag, ruleName, SeverityTag } from './labels'

interface Props {
  findings: readonly Finding[] | undefined
  platformNames: ReadonlyMap<string, string>
  articles: ReadonlyMap<string, Article>
  page: { current: number; size: number }
  onPage: (current: number, size: number) => void
  onOpen: (finding: Finding) => void
  emptyText: string
}

/** A holder key is a long hash: its first characters tell holders apart on screen. */
export function shortKey(key: string): string {
  return key.length > 10 ? `${key.slice(0, 8)}…` : key
}

export function AccountCell({ finding }: { finding: Finding }) {
  const { t } = useTranslation()
  if (finding.accountId !== null) {
    return (
      <Link to={accountPath(finding.platformId, finding.accountId)} onClick={(e) => e.stopPropagation()} data-testid="finding-account">
        {finding.accountId}
      </Link>
    )
  }
  if (finding.holderKey !== null) {
    return (
      <Tooltip title={finding.holderKey}>
        <Typography.Text type="secondary">{t('findings.holder', { key: shortKey(finding.holderKey) })}</Typography.Text>
      </Tooltip>
    )
  }
  return <Typography.Text type="secondary">{t('findings.none')}</Typography.Text>
}

export function FindingsTable({ findings, platformNames, articles, page, onPage, onOpen, emptyText }: Props) {
  const { t, i18n } = useTranslation()
  const overdue = useOverdueFindingIds()
  // English headers are longer than Chinese ones; a header never breaks inside a word
  const zh = i18n.language.startsWith('zh')
  const columns: TableColumnsType<Finding> = [
    {
      key: 'severity',
      title: t('findings.columns.severity'),
      width: zh ? 60 : 88,
      render: (_, f) => <SeverityTag severity={f.severity} />,
      sorter: bySeverity,
    },
    { key: 'rule', title: t('findings.columns.rule'), width: 180, render: (_, f) => ruleName(t, f.rule) },
    {
      key: 'article',
      title: t('findings.columns.article'),
      width: 160,
      ellipsis: { showTitle: true },
      render: (_, f) => requirementArticleLabel(f.requirementId, articles, i18n.language),
    },
    {
      key: 'platform',
      title: t('findings.columns.platform'),
      width: zh ? 88 : 104,
      render: (_, f) => platformNames.get(f.platformId) ?? f.platformId,
      sorter: (a, b) => (platformNames.get(a.platformId) ?? '').localeCompare(platformNames.get(b.platformId) ?? '', 'zh-CN'),
    },
    { key: 'account', title: t('findings.columns.account'), width: 124, render: (_, f) => <AccountCell finding={f} /> },
    { key: 'explanation', title: t('findings.columns.explanation'), render: (_, f) => explanationOf(t, f) },
    {
      key: 'period',
      title: t('findings.columns.period'),
      width: 84,
      dataIndex: 'period',
      sorter: (a, b) => a.period.localeCompare(b.period),
    },
    {
      key: 'status',
      title: t('findings.columns.status'),
      width: 96,
      // a finding under an order past its deadline stands out here as on the order itself
      render: (_, f) => (
        <>
          <FindingStatusTag finding={f} />
          {overdue.has(f.id) && (
            <Tag color="red" data-testid="finding-overdue">
              {t('rectifications.overdueShort')}
            </Tag>
          )}
        </>
      ),
    },
  ]

  return (
    <Table<Finding>
      rowKey="id"
      size="small"
      columns={columns.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) }))}
      dataSource={findings}
      loading={findings === undefined}
      tableLayout="fixed"
      pagination={{
        current: page.current,
        pageSize: page.size,
        pageSizeOptions: [20, 50, 100],
        showSizeChanger: true,
        showTotal: (count) => t('findings.total', { n: count.toLocaleString() }),
        onChange: onPage,
      }}
      locale={{ emptyText }}
      scroll={{ x: 1100 }}
      onRow={(f) =>
        ({
          onClick: () => onOpen(f),
          style: { cursor: 'pointer' },
          'data-testid': 'finding-row',
          'data-id': f.id,
          'data-rule': f.rule,
          'data-status': f.status,
        }) as HTMLAttributes<HTMLElement>
      }
      data-testid="findings-table"
    />
  )
}
