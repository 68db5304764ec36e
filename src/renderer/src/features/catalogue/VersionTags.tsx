// The small marks a catalogue version carries everywhere it is shown: built in or the office's own, and
// where it stands today.
import { Badge, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VersionStatus } from '@shared/catalogue/versions'

const BADGE: Record<VersionStatus, 'success' | 'warning' | 'default'> = { active: 'success', pending: 'warning', superseded: 'default' }

export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation()
  return <Badge status={BADGE[status]} text={t(`catalogue.status.${status}`)} data-testid="catalogue-status" data-status={status} />
}

export function OriginTag({ builtIn }: { builtIn: boolean }) {
  const { t } = useTranslation()
  return (
    <Tag color={builtIn ? 'red' : 'blue'} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(builtIn ? 'catalogue.origin.builtIn' : 'catalogue.origin.office')}
    </Tag>
  )
}
