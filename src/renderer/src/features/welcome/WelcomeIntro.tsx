// The left half of the first-run screen: what the desk is for, in two lines, and the six things it does.
import {
  AuditOutlined,
  BookOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  SyncOutlined,
} from '@ant-design/icons'
import { Flex, Typography, theme } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const FEATURES = [
  { key: 'articles', icon: <BookOutlined /> },
  { key: 'reports', icon: <FileDoneOutlined /> },
  { key: 'rules', icon: <FileSearchOutlined /> },
  { key: 'inspections', icon: <AuditOutlined /> },
  { key: 'rectification', icon: <SyncOutlined /> },
  { key: 'cases', icon: <NotificationOutlined /> },
] as const satisfies readonly { key: string; icon: ReactNode }[]

export function WelcomeIntro() {
  const { t } = useTranslation()
  const { token } = theme.useToken()
  return (
    <Flex vertical gap={20}>
      <Flex align="center" gap={14}>
        <div
          aria-hidden
          style={{
            width: 52, height: 52, borderRadius: 12, display: 'grid', placeItems: 'center', fontSize: 28,
            color: '#fff', background: `linear-gradient(135deg, ${token.colorPrimary}, #8e2a20)`, boxShadow: '0 6px 18px rgba(192,57,43,0.25)',
          }}
        >
          <SafetyCertificateOutlined />
        </div>
        <div>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 32, letterSpacing: 1 }}>
            {t('welcome.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('welcome.tagline')}</Typography.Text>
        </div>
      </Flex>
      <div>
        <Typography.Paragraph style={{ fontSize: 16, lineHeight: 1.8, marginBottom: 8 }}>{t('welcome.intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ fontSize: 15, lineHeight: 1.8, margin: 0 }}>
          {t('welcome.intro2')}
        </Typography.Paragraph>
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 12 }}>
        {FEATURES.map(({ key, icon }) => (
          <Flex key={key} gap={12} align="flex-start" style={{ padding: '12px 14px', borderRadius: 8, background: 'rgba(255,255,255,0.7)', border: `1px solid ${token.colorBorderSecondary}` }}>
            <span style={{ color: token.colorPrimary, fontSize: 18, lineHeight: '22px' }}>{icon}</span>
            <div>
              <Typography.Text strong>{t(`welcome.features.${key}.title`)}</Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`welcome.features.${key}.text`)}
              </Typography.Text>
            </div>
          </Flex>
        ))}
      </div>
    </Flex>
  )
}
