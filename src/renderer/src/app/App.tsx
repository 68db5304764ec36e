// The shell: Ant Design in the user's language, the side navigation, the header, and the first-run screen.
import { App as AntApp, ConfigProvider, Layout, Menu, Segmented, Space, Typography, theme } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { HashRouter, Route, Routes, useLocation, useNavigate } from 'react-router'
import type { Locale } from '@shared/i18n'
import { ImportDropTarget } from '@renderer/features/import/ImportRoutes'
import { OverdueIndicator } from '@renderer/features/rectifications/OverdueIndicator'
import { WelcomePage } from '@renderer/features/welcome/WelcomePage'
import { FONT_STACK } from '@renderer/styles/fonts'
import { useDesk } from './desk'
import { changeLocale } from './i18n'
import { ROUTES } from './routes'
import { session } from './session'
import { emitSignal, markReady } from './signals'

function Shell() {
  const { t } = useTranslation()
  const { settings, updateSetting } = useDesk()
  const location = useLocation()
  const navigate = useNavigate()
  const segment = location.pathname.split('/')[1] ?? ''

  useEffect(() => {
    emitSignal('navigated', { path: location.pathname })
  }, [location.pathname])

  return (
    <Layout style={{ minHeight: '100%' }}>
      {/* files dropped on any page go to the import page */}
      <ImportDropTarget />
      <Layout.Sider width={208} theme="light" style={{ borderRight: '1px solid rgba(5,5,5,0.06)' }}>
        <div style={{ padding: '16px 20px 8px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('common.appName')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('common.appSubtitle')}
          </Typography.Text>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[segment]}
          items={ROUTES.map((r) => ({ key: r.segment, icon: r.icon, label: t(`nav.${r.nav}`), 'data-testid': `nav-${r.nav}` }))}
          onClick={({ key }) => void navigate(`/${key}`)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: 'transparent', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', height: 48, paddingInline: 24 }}>
          <Space size="large">
            <OverdueIndicator />
            <Typography.Text type="secondary" data-testid="current-user">
              {settings.actor.name ? `${settings.actor.office} · ${settings.actor.name}` : ''}
            </Typography.Text>
            <Segmented<Locale>
              size="small"
              value={settings.locale}
              options={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'EN' },
              ]}
              onChange={(locale) => void updateSetting('locale', locale)}
              data-testid="locale-switch"
            />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: '8px 24px 24px' }}>
          <Routes>
            {ROUTES.map((r) => (
              <Route key={r.segment} path={r.segment === '' ? '/' : `/${r.segment}/*`} element={r.element} />
            ))}
            <Route path="*" element={ROUTES[0]?.element} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}

export function App() {
  const { settings } = useDesk()
  const { i18n } = useTranslation()

  useEffect(() => {
    session.setActor(settings.actor)
  }, [settings.actor])

  useEffect(() => {
    if (i18n.language !== settings.locale) void changeLocale(settings.locale)
    dayjs.locale(settings.locale === 'zh-CN' ? 'zh-cn' : 'en')
  }, [settings.locale, i18n.language])

  useEffect(() => {
    markReady()
  }, [])

  return (
    <ConfigProvider
      locale={settings.locale === 'zh-CN' ? zhCN : enUS}
      theme={{ algorithm: theme.defaultAlgorithm, token: { fontFamily: FONT_STACK, colorPrimary: '#c0392b', borderRadius: 4 } }}
    >
      <AntApp style={{ height: '100%' }}>
        <HashRouter>{settings.onboarded ? <Shell /> : <WelcomePage />}</HashRouter>
      </AntApp>
    </ConfigProvider>
  )
}
