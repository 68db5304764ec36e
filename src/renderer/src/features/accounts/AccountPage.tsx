// One account (accounts/:platformId/:accountId): its latest snapshot, its timeline across reports, and the
// other accounts of its holder. Reads the directory entry from the worker and only the segments it names.
import { ArrowLeftOutlined } from '@ant-design/icons'
import { Flex, Result, Skeleton } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useDesk } from '@renderer/app/desk'
import { AccountSummary } from './AccountSummary'
import { AccountTimeline } from './AccountTimeline'
import { useDirectory } from './directory-context'
import { HolderAccounts } from './HolderAccounts'
import { useAccount } from './useAccount'

export function AccountPage() {
  const { t } = useTranslation()
  const { db } = useDesk()
  const { platformId = '', accountId = '' } = useParams()
  const { listMemory } = useDirectory()
  const { entry, history, holderAccounts } = useAccount(platformId, accountId)
  const platforms = useLiveQuery(() => db.platforms.toArray(), [db])
  const platformName = (id: string) => platforms?.find((p) => p.id === id)?.name ?? id

  const back = (
    <Link to={`/accounts${listMemory.address()}`} data-testid="account-back">
      <ArrowLeftOutlined /> {t('accounts.account.back')}
    </Link>
  )
  if (entry === undefined) return <Flex vertical gap={16}>{back}<Skeleton active paragraph={{ rows: 10 }} /></Flex>
  if (entry === null) {
    return <Result status="404" title={t('accounts.account.notFound')} subTitle={t('accounts.account.notFoundHint', { platform: platformName(platformId), account: accountId })} extra={back} />
  }
  return (
    <Flex vertical gap={16} data-testid="account-page" data-account-id={entry.accountId}>
      <div>{back}</div>
      <AccountSummary entry={entry} history={history} platformName={platformName(entry.platformId)} />
      <HolderAccounts entry={entry} accounts={holderAccounts} platformName={platformName} />
      <AccountTimeline history={history} />
    </Flex>
  )
}
