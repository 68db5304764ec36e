// Archiving a platform and restoring it, each after a confirmation. Archiving hides nothing that was
// received: the platform leaves the active list, its reports and findings stay.
import { InboxOutlined, UndoOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Platform } from '@shared/domain/platform'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { showFailure } from '@renderer/lib/failure'
import { archivePlatform, restorePlatform } from './service'

export function ArchiveButton({ platform }: { platform: Platform }) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const archiving = !platform.archived
  const testId = archiving ? 'platform-archive' : 'platform-restore'

  const run = async () => {
    setBusy(true)
    try {
      const saved = archiving ? await archivePlatform(data, platform.id) : await restorePlatform(data, platform.id)
      emitSignal('saved', { entity: 'platform', id: saved.id })
      void message.success(t(archiving ? 'platforms.archiveDone' : 'platforms.restoreDone', { name: saved.name }))
    } catch (error) {
      // restoring is refused when an active platform has taken the name since
      showFailure(message, t, error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Popconfirm
      title={t(archiving ? 'platforms.archiveConfirm' : 'platforms.restoreConfirm', { name: platform.name })}
      description={archiving ? t('platforms.archiveHint') : undefined}
      okText={t(archiving ? 'platforms.archive' : 'platforms.restore')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: archiving, 'data-testid': `${testId}-confirm` }}
      onConfirm={() => void run()}
      styles={{ root: { maxWidth: 360 } }}
    >
      <Button icon={archiving ? <InboxOutlined /> : <UndoOutlined />} loading={busy} data-testid={testId}>
        {t(archiving ? 'platforms.archive' : 'platforms.restore')}
      </Button>
    </Popconfirm>
  )
}
