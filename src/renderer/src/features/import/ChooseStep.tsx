// Step 1: the reporting platform (non-archived ones; with none, a way to 平台管理), then the file — the
// button opens the host's file dialog (several files allowed) and files can be dropped on the window.
import { FolderOpenOutlined, InboxOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Empty, Flex, Form, Select, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Platform } from '@shared/domain/platform'

interface Props {
  platforms: readonly Platform[]
  platformId: string | null
  onPlatform: (id: string | null) => void
  onChoose: () => void
  /** files waiting for a platform to be chosen */
  pending: readonly File[]
}

export function ChooseStep({ platforms, platformId, onPlatform, onChoose, pending }: Props) {
  const { t, i18n } = useTranslation()
  const { token } = theme.useToken()
  const navigate = useNavigate()

  if (platforms.length === 0)
    return (
      <Card>
        <Empty description={t('import.choose.noPlatforms')} data-testid="import-no-platforms">
          <Button type="primary" onClick={() => void navigate('/platforms')} data-testid="import-to-platforms">
            {t('import.choose.toPlatforms')}
          </Button>
        </Empty>
      </Card>
    )

  return (
    <Card>
      <Form layout="vertical" style={{ maxWidth: 720 }}>
        <Form.Item label={t('import.choose.platform')} required extra={t('import.choose.platformHint')}>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('import.choose.platformPlaceholder')}
            value={platformId ?? undefined}
            onChange={(id: string | undefined) => onPlatform(id ?? null)}
            options={platforms.map((p) => ({ value: p.id, label: p.name }))}
            style={{ maxWidth: 360 }}
            data-testid="import-platform"
          />
        </Form.Item>
        <Form.Item label={t('import.choose.file')} required>
          <Flex
            vertical
            align="center"
            gap={12}
            style={{ border: `1px dashed ${token.colorBorder}`, borderRadius: token.borderRadiusLG, background: token.colorFillQuaternary, padding: '28px 24px' }}
          >
            <InboxOutlined style={{ fontSize: 40, color: platformId ? token.colorPrimary : token.colorTextQuaternary }} />
            <Button type="primary" icon={<FolderOpenOutlined />} onClick={onChoose} disabled={platformId === null} data-testid="import-choose-file">
              {t('import.choose.chooseFile')}
            </Button>
            <Typography.Text type="secondary">{t('import.choose.dropHint')}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
              {t('import.choose.formats')}
            </Typography.Text>
          </Flex>
        </Form.Item>
      </Form>
      {pending.length > 0 ? (
        <Alert type="info" showIcon title={t('import.choose.choosePlatformFirst', { names: pending.map((f) => f.name).join(i18n.language === 'en' ? ', ' : '、') })} data-testid="import-pending" />
      ) : null}
    </Card>
  )
}
