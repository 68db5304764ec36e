// The warning at the top of an inspection when any evidence no longer matches its recorded SHA-256, naming
// the pieces; for a closed inspection whose evidence all matches, a quiet note that it was checked.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Attachment } from '@renderer/db/database'
import type { Verification } from './useVerification'

interface Props {
  attachments: readonly Attachment[] | undefined
  verification: ReadonlyMap<string, Verification>
  closed: boolean
}

export function EvidenceAlert({ attachments, verification, closed }: Props) {
  const { t } = useTranslation()
  if (!attachments || attachments.length === 0) return null
  const mismatched = attachments.filter((a) => verification.get(a.id) === 'mismatch')
  if (mismatched.length > 0) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('inspections.attachment.mismatchWarning', { count: mismatched.length })}
        description={t('inspections.attachment.mismatchDetail', { names: mismatched.map((a) => a.name).join('、') })}
        data-testid="evidence-mismatch"
      />
    )
  }
  const done = attachments.every((a) => verification.get(a.id) === 'verified')
  if (!closed || !done) return null
  return <Alert type="success" showIcon title={t('inspections.attachment.allVerified', { count: attachments.length })} data-testid="evidence-verified" />
}
