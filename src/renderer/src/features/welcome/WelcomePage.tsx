// The first-run screen: what the desk is for, who is using it (stored as the `actor` setting, which the audit
// log records), and how to begin — with the demo data (loaded in a worker, with progress and Cancel) or
// with an empty store. Either choice sets `onboarded`, after which the app shows its shell.
import { CloudDownloadOutlined, FileAddOutlined, LockOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Divider, Flex, Form, Input, Row, Segmented, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Actor } from '@shared/audit/chain'
import { PLATFORM_SPECS } from '@shared/demo/platforms'
import type { Locale } from '@shared/i18n'
import { useDesk } from '@renderer/app/desk'
import { session } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { TaskCancelled, TaskFailed } from '@renderer/lib/tasks'
import type { DemoTask } from './load-demo'
import { WelcomeIntro } from './WelcomeIntro'

type Choice = 'demo' | 'empty'

/** The form's values: untouched fields may come back undefined. */
type ProfileForm = Partial<Actor>

export function WelcomePage() {
  const { t } = useTranslation()
  const { settings, updateSetting } = useDesk()
  const { message } = App.useApp()
  const [form] = Form.useForm<ProfileForm>()
  const { run, modal, running } = useTask()
  const [busy, setBusy] = useState<Choice | null>(null)

  /** Stores who is using the desk, so that the following writes carry their name. Both fields may stay
   * empty (they can be filled in under Settings later); the audit log then shows the actor as not set. */
  const saveActor = async (): Promise<Actor | null> => {
    const values = await form.validateFields().catch(() => null)
    if (!values) return null
    const actor = { name: (values.name ?? '').trim(), office: (values.office ?? '').trim() }
    session.setActor(actor)
    await updateSetting('actor', actor)
    return actor
  }

  const loadDemo = async () => {
    const actor = await saveActor()
    if (!actor) return
    setBusy('demo')
    try {
      const worker = new Worker(new URL('./demo.worker.ts', import.meta.url), { type: 'module' })
      const result = await run<DemoTask>(t('welcome.demo.title'), worker, { actor })
      void message.success(t('welcome.demo.loaded', { platforms: result.platforms, reports: result.reports, rows: result.rows.toLocaleString() }))
      await updateSetting('onboarded', true)
      emitSignal('demo-loaded', { ...result })
    } catch (error) {
      if (error instanceof TaskCancelled) void message.info(t('welcome.demo.cancelled'))
      else {
        const userMessage = error instanceof TaskFailed ? error.userMessage : null
        const detail = userMessage ? t(userMessage.key, userMessage.params) : error instanceof Error ? error.message : String(error)
        void message.error(t('welcome.demo.failed', { detail }))
      }
    } finally {
      setBusy(null)
    }
  }

  const startEmpty = async () => {
    setBusy('empty')
    try {
      if (await saveActor()) await updateSetting('onboarded', true)
    } finally {
      setBusy(null)
    }
  }

  return (
    <div style={{ minHeight: '100%', background: 'linear-gradient(160deg, #fbf6f3 0%, #ffffff 45%, #f3f5f8 100%)', display: 'flex', flexDirection: 'column' }}>
      <Flex justify="flex-end" style={{ padding: '16px 24px 0' }}>
        <Segmented<Locale>
          size="small"
          value={settings.locale}
          options={[
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'EN' },
          ]}
          onChange={(locale) => void updateSetting('locale', locale)}
          data-testid="welcome-locale"
        />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: '24px 32px 48px' }}>
        <Row gutter={[56, 32]} align="middle" style={{ width: '100%', maxWidth: 1120 }}>
          <Col xs={24} lg={13}>
            <WelcomeIntro />
          </Col>
          <Col xs={24} lg={11}>
            <Card style={{ boxShadow: '0 10px 30px rgba(30,40,60,0.08)', borderRadius: 12 }} styles={{ body: { padding: 28 } }}>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                {t('welcome.formTitle')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">{t('welcome.formHint')}</Typography.Paragraph>
              <Form<ProfileForm> form={form} layout="vertical" initialValues={settings.actor} disabled={running} onFinish={() => void loadDemo()}>
                <Form.Item name="name" label={t('welcome.name')}>
                  <Input data-testid="welcome-name" placeholder={t('welcome.namePlaceholder')} maxLength={50} autoFocus />
                </Form.Item>
                <Form.Item name="office" label={t('welcome.office')}>
                  <Input data-testid="welcome-office" placeholder={t('welcome.officePlaceholder')} maxLength={100} />
                </Form.Item>
                <Button type="primary" size="large" block icon={<CloudDownloadOutlined />} htmlType="submit" loading={busy === 'demo'} disabled={busy !== null} data-testid="load-demo">
                  {t('welcome.loadDemo')}
                </Button>
                <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
                  {t('welcome.loadDemoHint', { platforms: PLATFORM_SPECS.length })}
                </Typography.Paragraph>
                <Divider plain style={{ margin: '16px 0', fontSize: 13 }}>
                  {t('welcome.or')}
                </Divider>
                <Button size="large" block icon={<FileAddOutlined />} onClick={() => void startEmpty()} loading={busy === 'empty'} disabled={busy !== null} data-testid="start-empty">
                  {t('welcome.startEmpty')}
                </Button>
                <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 0' }}>
                  {t('welcome.startEmptyHint')}
                </Typography.Paragraph>
              </Form>
            </Card>
            <Flex gap={8} justify="center" style={{ marginTop: 16 }}>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <LockOutlined /> {t('welcome.offline')}
              </Typography.Text>
            </Flex>
          </Col>
        </Row>
      </Flex>
      {modal}
    </div>
  )
}
