// The findings an order can take, for one platform: open or confirmed, not stale, not in another order.
// Several can be ticked; those the user came with (from a finding's drawer) start ticked.
import { Table, Typography, type TableColumnsType } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import type { Article, Catalogue } from '@shared/catalogue/types'
import type { Finding } from '@shared/domain/findings'
import { canOrder, sortForOrder } from '@shared/rectifications/order'
import { useDesk } from '@renderer/app/desk'
import { explanationOf, requirementArticleLabel, ruleName, SeverityTag } from '@renderer/features/findings/labels'

/** The findings of a platform an order can take, in the notice's order (undefined while loading). */
export function useOrderableFindings(platformId: string | undefined, catalogue: Catalogue): Finding[] | undefined {
  const { db } = useDesk()
  return useLiveQuery(
    async () => (platformId === undefined ? [] : sortForOrder(await db.findings.where('platformId').equals(platformId).filter(canOrder).toArray(), catalogue)),
    [db, platformId, catalogue],
  )
}

interface Props {
  findings: readonly Finding[] | undefined
  articles: ReadonlyMap<string, Article>
  selected: readonly string[]
  onChange: (ids: string[]) => void
  emptyText: string
}

export function FindingPicker({ findings, articles, selected, onChange, emptyText }: Props) {
  const { t, i18n } = useTranslation()
  // English headers are longer than Chinese ones
  const zh = i18n.language.startsWith('zh')
  const columns: TableColumnsType<Finding> = [
    { key: 'severity', title: t('findings.columns.severity'), width: zh ? 64 : 88, render: (_, f) => <SeverityTag severity={f.severity} /> },
    { key: 'rule', title: t('findings.columns.rule'), width: 170, render: (_, f) => ruleName(t, f.rule) },
    {
      key: 'article',
      title: t('findings.columns.article'),
      width: 150,
      ellipsis: { showTitle: true },
      render: (_, f) => requirementArticleLabel(f.requirementId, articles, i18n.language),
    },
    { key: 'account', title: t('findings.columns.account'), width: 120, render: (_, f) => f.accountId ?? <Typography.Text type="secondary">{t('findings.none')}</Typography.Text> },
    { key: 'explanation', title: t('findings.columns.explanation'), render: (_, f) => explanationOf(t, f) },
    { key: 'period', title: t('findings.columns.period'), width: 84, dataIndex: 'period' },
  ]
  return (
    <Table<Finding>
      rowKey="id"
      size="small"
      columns={columns.map((c) => ({ ...c, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }) }))}
      dataSource={findings}
      loading={findings === undefined}
      tableLayout="fixed"
      scroll={{ x: 900 }}
      pagination={{ defaultPageSize: 10, hideOnSinglePage: true, showSizeChanger: true, pageSizeOptions: [10, 20, 50] }}
      locale={{ emptyText }}
      rowSelection={{
        selectedRowKeys: [...selected],
        onChange: (keys) => onChange(keys.map(String)),
        preserveSelectedRowKeys: true,
        getCheckboxProps: (f) => ({ 'data-testid': 'rectification-finding-check', 'data-id': f.id }) as object,
      }}
      onRow={(f) => ({ 'data-testid': 'rectification-finding', 'data-id': f.id }) as object}
      data-testid="rectification-findings"
    />
  )
}
