// One row's cells in the virtual table. Kept light on purpose: rows are re-rendered as the user scrolls and
// filters, so the cells are plain elements coloured from the theme (not antd Tags, which each run their
// own style hooks), and memoised on the row object, which stays the same while its block is kept.
import { theme, type GlobalToken } from 'antd'
import { memo, type CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { AccountRow } from '@shared/accounts/filters'
import type { AccountStatus, CredentialStatus } from '@shared/domain/records'
import { useValueLabels } from './labels'

export const CELL: CSSProperties = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', padding: '0 6px' }
/** a pill a little wider than its cell is cut, not followed by an ellipsis of its own */
const PILL_CELL: CSSProperties = { ...CELL, textOverflow: 'clip' }
const NUMBER_CELL: CSSProperties = { ...CELL, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

type Palette = 'green' | 'orange' | 'gold' | 'red' | 'magenta' | 'blue' | 'none'
const STATUS: Record<AccountStatus, Palette> = { normal: 'green', silenced: 'orange', restricted: 'gold', closed: 'red', blacklisted: 'magenta', cancelled: 'none' }
const CREDENTIAL: Record<CredentialStatus, Palette> = { verified: 'blue', unverified: 'none', expired: 'red' }

function pill(token: GlobalToken, palette: Palette): CSSProperties {
  const colours =
    palette === 'none'
      ? { color: token.colorText, background: token.colorFillQuaternary, borderColor: token.colorBorder }
      : { color: token[`${palette}7`], background: token[`${palette}1`], borderColor: token[`${palette}3`] }
  return { display: 'inline-block', padding: '0 7px', fontSize: 12, lineHeight: '20px', borderRadius: token.borderRadiusSM, border: '1px solid', ...colours }
}

export const AccountRowCells = memo(function AccountRowCells({ row, platformName }: { row: AccountRow; platformName: (id: string) => string }) {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  const v = useValueLabels()
  const reported = row.snapshotDate !== null
  const dash = <span style={{ color: token.colorTextQuaternary }}>{t('accounts.value.none')}</span>
  const text = (value: string, extra?: CSSProperties) => (
    <div role="cell" style={extra ? { ...CELL, ...extra } : CELL} title={value}>
      {value === '' ? dash : value}
    </div>
  )
  const status = !reported ? (
    <span style={{ ...pill(token, 'none'), background: 'transparent', borderStyle: 'dashed' }}>{t('accounts.value.unreported')}</span>
  ) : row.status === null ? (
    dash
  ) : (
    <span style={pill(token, STATUS[row.status])}>{t(`domain.accountStatus.${row.status}`)}</span>
  )
  return (
    <>
      {text(platformName(row.platformId))}
      {text(row.accountId, { fontFamily: 'monospace', fontSize: 12 })}
      {text(row.accountName)}
      {text(row.holderType ? t(`domain.holderType.${row.holderType}`) : '')}
      {text(row.field)}
      {text(row.mcn)}
      <div role="cell" style={NUMBER_CELL}>
        {row.followers === null ? dash : v.count(row.followers)}
      </div>
      <div role="cell" style={PILL_CELL}>
        {row.credential === null ? dash : <span style={pill(token, CREDENTIAL[row.credential])}>{t(`domain.credentialStatus.${row.credential}`)}</span>}
      </div>
      {text(reported ? v.earnings(row.earnings) : '')}
      <div role="cell" style={PILL_CELL}>
        {status}
      </div>
      <div role="cell" style={{ ...NUMBER_CELL, color: row.dispositions > 0 ? token.colorError : token.colorTextQuaternary, fontWeight: row.dispositions > 0 ? 600 : undefined }}>
        {row.dispositions}
      </div>
      {text(row.lastViolation ?? '')}
      {text(row.snapshotDate ?? '')}
    </>
  )
})
