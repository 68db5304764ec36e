// The shell header's count of overdue orders (past the deadline, not closed), in red; a click lists them.
// With none overdue it renders an empty marker, so that tests can read a count of 0.
import { ClockCircleOutlined } from '@ant-design/icons'
import { Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useOverdueCount } from './hooks'

export function OverdueIndicator() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const count = useOverdueCount()
  if (!count) return <span hidden data-testid="overdue-count" data-count={count ?? 0} />
  return (
    <Tooltip title={t('rectifications.overdueCountHint')}>
      <Tag
        color="error"
        variant="solid"
        icon={<ClockCircleOutlined />}
        style={{ cursor: 'pointer', marginInlineEnd: 0, fontSize: 13, paddingBlock: 2 }}
        onClick={() => void navigate('/rectifications?view=overdue')}
        data-testid="overdue-count"
        data-count={count}
      >
        {t('rectifications.overdueCount', { count })}
      </Tag>
    </Tooltip>
  )
}
