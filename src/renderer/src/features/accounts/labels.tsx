// How account values look wherever they are shown (list, account page, holder table): codes through the
// `domain.*` labels, unknowns as a dash, statuses and credentials as coloured tags.
import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { AccountStatus, CredentialStatus } from '@shared/domain/records'

const STATUS_COLOUR: Record<AccountStatus, string> = {
  normal: 'green',
  silenced: 'orange',
  restricted: 'gold',
  closed: 'red',
  blacklisted: 'magenta',
  cancelled: 'default',
}

const CREDENTIAL_COLOUR: Record<CredentialStatus, string> = { verified: 'blue', unverified: 'default', expired: 'red' }

export function Dash() {
  const { t } = useTranslation()
  return <Typography.Text type="secondary">{t('accounts.value.none')}</Typography.Text>
}

export function StatusTag({ status, reported = true }: { status: AccountStatus | null; reported?: boolean }) {
  const { t } = useTranslation()
  if (!reported) return <Tag variant="outlined">{t('accounts.value.unreported')}</Tag>
  if (status === null) return <Dash />
  return (
    <Tag color={STATUS_COLOUR[status]} style={{ marginInlineEnd: 0 }}>
      {t(`domain.accountStatus.${status}`)}
    </Tag>
  )
}

export function CredentialTag({ credential }: { credential: CredentialStatus | null }) {
  const { t } = useTranslation()
  if (credential === null) return <Dash />
  return (
    <Tag color={CREDENTIAL_COLOUR[credential]} style={{ marginInlineEnd: 0 }}>
      {t(`domain.credentialStatus.${credential}`)}
    </Tag>
  )
}

/** Number formats by language: making one is slow, and every visible row asks for one. */
const FORMATS = new Map<string, Intl.NumberFormat>()
function numberFormat(language: string): Intl.NumberFormat {
  let format = FORMATS.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language)
    FORMATS.set(language, format)
  }
  return format
}

export function useValueLabels() {
  const { t, i18n } = useTranslation()
  const number = numberFormat(i18n.language)
  return {
    count: (n: number | null) => (n === null ? t('accounts.value.none') : number.format(n)),
    earnings: (e: boolean | null) => (e === null ? t('accounts.value.none') : e ? t('accounts.value.earningsOn') : t('accounts.value.earningsOff')),
    text: (s: string | null) => (s === null || s === '' ? t('accounts.value.none') : s),
  }
}

/** The account page's address: ids may hold any character, so each part is encoded. */
export function accountPath(platformId: string, accountId: string): string {
  return `/accounts/${encodeURIComponent(platformId)}/${encodeURIComponent(accountId)}`
}
