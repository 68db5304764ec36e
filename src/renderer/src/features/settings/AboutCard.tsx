// What this installation is: version, host, and where the data lives.
import { Card, Descriptions, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/host/api'
import { useHost } from '@renderer/host'

export function AboutCard() {
  const { t } = useTranslation()
  const host = useHost()
  const [info, setInfo] = useState<AppInfo | null>(null)

  useEffect(() => {
    let live = true
    void host.info().then((i) => {
      if (live) setInfo(i)
    })
    return () => {
      live = false
    }
  }, [host])

  return (
    <Card title={t('settings.about')} size="small">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'version', label: t('settings.version'), children: info?.version ?? '—' },
          { key: 'host', label: t('settings.host'), children: host.kind === 'electron' ? t('settings.hostElectron') : t('settings.hostBrowser') },
          { key: 'storage', label: t('settings.storage'), children: <Typography.Text type="secondary">{t('settings.storageHint')}</Typography.Text> },
        ]}
      />
    </Card>
  )
}
