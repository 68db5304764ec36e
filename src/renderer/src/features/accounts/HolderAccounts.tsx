// The other accounts of the same holder (主体): on this platform first — one account per person, two per
// enterprise is what article 7 expects — then on other platforms, which only the office sees together.
import { Alert, Card, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AccountEntry, AccountRow } from '@shared/accounts/filters'
import { StatusTag, accountPath, useValueLabels } from './labels'

export function HolderAccounts({ entry, accounts, platformName }: { entry: AccountEntry; accounts: AccountRow[] | undefined; platformName: (id: string) => string }) {
  const { t } = useTranslation()
  const v = useValueLabels()
  const here = (r: AccountRow) => r.platformId === entry.platformId
  const self = (r: AccountRow) => here(r) && r.accountId === entry.accountId
  const rows = [...(accounts ?? [])].sort((a, b) => Number(here(b)) - Number(here(a)) || Number(self(b)) - Number(self(a)))
  const samePlatform = rows.filter(here).length
  const elsewhere = rows.length - samePlatform

  const columns: TableColumnsType<AccountRow> = [
    { key: 'platform', title: t('accounts.columns.platform'), render: (_, r) => platformName(r.platformId) },
    {
      key: 'accountId',
      title: t('accounts.columns.accountId'),
      render: (_, r) =>
        self(r) ? (
          <span>
            <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }}>{r.accountId}</Typography.Text> <Tag>{t('accounts.holder.thisAccount')}</Tag>
          </span>
        ) : (
          <Link to={accountPath(r.platformId, r.accountId)} style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {r.accountId}
          </Link>
        ),
    },
    { key: 'name', title: t('accounts.columns.name'), dataIndex: 'accountName', ellipsis: true },
    { key: 'registered', title: t('accounts.columns.snapshotDate'), render: (_, r) => v.text(r.snapshotDate) },
    { key: 'status', title: t('accounts.columns.status'), render: (_, r) => <StatusTag status={r.status} reported={r.snapshotDate !== null} /> },
    { key: 'dispositions', title: t('accounts.columns.dispositions'), align: 'right', render: (_, r) => r.dispositions },
  ]

  let summary
  if (entry.holderKey === '') summary = <Alert type="info" showIcon title={t('accounts.holder.noKey')} />
  else if (accounts && rows.length <= 1) summary = <Typography.Text type="secondary">{t('accounts.holder.none')}</Typography.Text>
  else if (accounts) {
    const text = t('accounts.holder.samePlatform', { count: samePlatform }) + (elsewhere > 0 ? t('accounts.holder.otherPlatforms', { count: elsewhere }) : '')
    // a count, not a verdict: how many accounts a holder may have is the catalogue's parameter (rule N7)
    summary = <Alert type="info" showIcon title={text} />
  }

  return (
    <Card size="small" title={t('accounts.holder.title')} data-testid="account-holder">
      {summary}
      {accounts && rows.length > 1 ? (
        <Table<AccountRow>
          size="small"
          rowKey={(r) => `${r.platformId}\u0001${r.accountId}`}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
          style={{ marginTop: 12 }}
        />
      ) : null}
    </Card>
  )
}
