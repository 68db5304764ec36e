// The checklist's keys, listed where the user can see them (and in a dialog on `?`).
import { Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'

const SHORTCUTS = ['next', 'prev', 'result', 'notes', 'leave', 'attach', 'paste', 'help'] as const

export function ShortcutList() {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={4} data-testid="inspection-shortcuts">
      {SHORTCUTS.map((s) => (
        <Flex key={s} justify="space-between" gap={12}>
          <Typography.Text style={{ fontSize: 12 }}>{t(`inspections.shortcuts.${s}`)}</Typography.Text>
          <Typography.Text keyboard style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {t(`inspections.shortcuts.keys.${s}`)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  )
}

export function ShortcutsCard() {
  const { t } = useTranslation()
  return (
    <Card size="small" title={t('inspections.shortcuts.title')}>
      <ShortcutList />
    </Card>
  )
}
