// Settings: who is using the desk (recorded in the audit log with every change) and the interface language.
import { App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Locale } from '@shared/i18n'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { AboutCard } from './AboutCard'

interface ProfileForm {
  name: string
  office: string
}

export function SettingsPage() {
  const { t } = useTranslation()
  const { settings, updateSetting } = useDesk()
  const { message } = App.useApp()
  const [form] = Form.useForm<ProfileForm>()

  const saveProfile = async (values: ProfileForm) => {
    await updateSetting('actor', { name: values.name.trim(), office: values.office.trim() })
    void message.success(t('common.saved'))
    emitSignal('saved')
  }

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      <Card title={t('settings.profile')} size="small">
        <Typography.Paragraph type="secondary">{t('settings.profileHint')}</Typography.Paragraph>
        <Form<ProfileForm>
          form={form}
          layout="vertical"
          initialValues={settings.actor}
          onFinish={(values) => void saveProfile(values)}
          data-testid="settings-profile"
        >
          <Form.Item name="name" label={t('settings.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('settings.name') }) }, { max: 50 }]}>
            <Input data-testid="settings-name" maxLength={50} />
          </Form.Item>
          <Form.Item name="office" label={t('settings.office')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('settings.office') }) }, { max: 100 }]}>
            <Input data-testid="settings-office" placeholder={t('settings.officePlaceholder')} maxLength={100} />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="settings-save">
            {t('common.save')}
          </Button>
        </Form>
      </Card>
      <Card title={t('settings.language')} size="small">
        <Radio.Group
          value={settings.locale}
          onChange={(e) => void updateSetting('locale', e.target.value as Locale)}
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
          data-testid="settings-locale"
        />
      </Card>
      <AboutCard />
    </Space>
  )
}
