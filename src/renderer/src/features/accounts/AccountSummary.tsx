// The account page's header: the latest snapshot as the directory holds it, completed by the snapshot row
// itself once read (credential expiry, registration, holder change are not kept in the directory), with
// the row's provenance.
import { Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AccountEntry } from '@shared/accounts/filters'
import type { LoadedHistory } from './history'
import { CredentialTag, StatusTag, useValueLabels } from './labels'
import { Provenance } from './Provenance'
import { writeView, EMPTY_VIEW } from './url-filters'

export function AccountSummary({ entry, history, platformName }: { entry: AccountEntry; history: LoadedHistory | undefined; platformName: string }) {
  const { t } = useTranslation()
  const v = useValueLabels()
  const latest = history?.latest ?? null
  const reported = entry.snapshotDate !== null
  const latestItem = history?.items.find((i) => i.kind === 'snapshot' && i.row === latest)
  const holderList = `/accounts?${writeView({ ...EMPTY_VIEW, filters: { ...EMPTY_VIEW.filters, holderKey: entry.holderKey } }).toString()}`
  const later = (value: string | null | undefined) => (history ? v.text(value ?? null) : '…')

  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="account-title">
          {entry.accountName || entry.accountId}
        </Typography.Title>
        <StatusTag status={entry.status} reported={reported} />
        <Tag>{platformName}</Tag>
      </Flex>
      {!reported ? <Typography.Text type="warning">{t('accounts.account.noSnapshot')}</Typography.Text> : null}
      <Descriptions
        bordered
        size="small"
        column={3}
        title={t('accounts.account.latest')}
        extra={latestItem ? <Provenance source={latestItem.source} report={history?.reports.get(latestItem.source.reportId)} /> : null}
        styles={{ label: { width: 120 } }}
        items={[
          { key: 'platform', label: t('accounts.columns.platform'), children: platformName },
          { key: 'id', label: t('accounts.columns.accountId'), children: <Typography.Text copyable style={{ fontFamily: 'monospace' }}>{entry.accountId}</Typography.Text> },
          { key: 'holderType', label: t('accounts.columns.holderType'), children: entry.holderType ? t(`domain.holderType.${entry.holderType}`) : v.text(null) },
          {
            key: 'holderKey',
            label: t('accounts.account.holderKey'),
            span: 3,
            children: entry.holderKey ? (
              <Flex gap={12} wrap align="center">
                <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{entry.holderKey}</Typography.Text>
                <Link to={holderList} data-testid="account-holder-list">{t('accounts.account.showHolder')}</Link>
              </Flex>
            ) : (
              v.text(null)
            ),
          },
          { key: 'mcn', label: t('accounts.columns.mcn'), children: v.text(entry.mcn) },
          { key: 'field', label: t('accounts.columns.field'), children: v.text(entry.field) },
          { key: 'followers', label: t('accounts.columns.followers'), children: v.count(entry.followers) },
          {
            key: 'credential',
            label: t('accounts.columns.credential'),
            children: (
              <Flex gap={8} align="center" wrap>
                <CredentialTag credential={entry.credential} />
                {latest?.credentialExpiry ? <Typography.Text type="secondary">{t('accounts.account.credentialExpiry', { date: latest.credentialExpiry })}</Typography.Text> : null}
              </Flex>
            ),
          },
          { key: 'earnings', label: t('accounts.columns.earnings'), children: reported ? v.earnings(entry.earnings) : v.text(null) },
          { key: 'status', label: t('accounts.columns.status'), children: <StatusTag status={entry.status} reported={reported} /> },
          { key: 'registeredOn', label: t('accounts.account.registeredOn'), children: later(latest?.registeredOn) },
          { key: 'entityChangedOn', label: t('accounts.account.entityChangedOn'), children: later(latest?.entityChangedOn) },
          { key: 'snapshotDate', label: t('accounts.account.snapshotDate'), children: v.text(entry.snapshotDate) },
          {
            key: 'dispositions',
            label: t('accounts.columns.dispositions'),
            children: entry.dispositions > 0 ? <Typography.Text type="danger" strong>{entry.dispositions}</Typography.Text> : entry.dispositions,
          },
          { key: 'lastViolation', label: t('accounts.columns.lastViolation'), children: v.text(entry.lastViolation) },
        ]}
      />
    </Flex>
  )
}
