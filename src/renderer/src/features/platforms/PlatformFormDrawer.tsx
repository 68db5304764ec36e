// Creating and editing a platform: a drawer with the form. The form checks with the same pure validation the
// service runs again on save; problems show next to their fields and, after the first attempt to save,
// follow every change. Refusals from the service (a name or credit code already used) show the same way.
import { App, Button, Checkbox, Col, Drawer, Flex, Form, Input, Row, theme } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PLATFORM_TYPES, type Platform } from '@shared/domain/platform'
import type { Problem } from '@shared/i18n'
import { PLATFORM_LIMITS, validatePlatformInput, type PlatformInput } from '@shared/platform/validate'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { showFailure } from '@renderer/lib/failure'
import { ContactsField } from './ContactsField'
import { feedbackFor, namePath } from './problems'
import { createPlatform, PlatformRejected, updatePlatform } from './service'

const EMPTY: PlatformInput = { name: '', operator: '', creditCode: '', types: [], jurisdiction: '', contacts: [], note: '' }

function formValues(platform: Platform | undefined): PlatformInput {
  if (!platform) return EMPTY
  const { name, operator, creditCode, types, jurisdiction, contacts, note } = platform
  return { name, operator, creditCode, types, jurisdiction, contacts: contacts.map((c) => ({ ...c })), note }
}

interface Props {
  open: boolean
  /** the platform to edit; none to create one */
  platform?: Platform
  onClose: () => void
  onSaved?: (platform: Platform) => void
}

export function PlatformFormDrawer({ open, platform, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t(platform ? 'platforms.editTitle' : 'platforms.newTitle')}
      size={720}
      // a fresh form (and fresh problems) every time the drawer opens
      destroyOnHidden
      styles={{ body: { paddingBottom: 0 } }}
    >
      <PlatformForm platform={platform} onClose={onClose} onSaved={onSaved} />
    </Drawer>
  )
}

function PlatformForm({ platform, onClose, onSaved }: Omit<Props, 'open'>) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const { message } = App.useApp()
  const [form] = Form.useForm<PlatformInput>()
  // after the first attempt to save, the form re-checks on every change, so a fixed field clears at once
  const [attempted, setAttempted] = useState(false)
  const [problems, setProblems] = useState<Problem[]>([])
  // the service's refusals, kept until their field changes
  const [refusals, setRefusals] = useState<Problem[]>([])
  const [saving, setSaving] = useState(false)
  const { token } = theme.useToken()

  const shown = [...problems, ...refusals.filter((r) => !problems.some((p) => p.path === r.path))]
  const feedback = feedbackFor(shown)

  const scrollTo = (problem: Problem | undefined) => {
    if (problem) form.scrollToField(namePath(problem.path), { block: 'center', behavior: 'smooth' })
  }

  const onValuesChange = (changed: Partial<PlatformInput>) => {
    setRefusals((current) => current.filter((r) => !((r.path.split('.')[0] ?? '') in changed)))
    if (!attempted) return
    const result = validatePlatformInput(form.getFieldsValue(true))
    setProblems(result.ok ? [] : result.problems)
  }

  const save = async () => {
    setAttempted(true)
    const result = validatePlatformInput(form.getFieldsValue(true))
    if (!result.ok) {
      setProblems(result.problems)
      scrollTo(result.problems[0])
      return
    }
    setProblems([])
    setSaving(true)
    try {
      const saved = platform ? await updatePlatform(data, platform.id, result.value) : await createPlatform(data, result.value)
      emitSignal('saved', { entity: 'platform', id: saved.id })
      void message.success(t('platforms.saved', { name: saved.name }))
      onSaved?.(saved)
      onClose()
    } catch (error) {
      if (error instanceof PlatformRejected) {
        setRefusals([...error.problems])
        scrollTo(error.problems[0])
      } else showFailure(message, t, error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Form<PlatformInput>
      form={form}
      layout="vertical"
      initialValues={formValues(platform)}
      onValuesChange={onValuesChange}
      onFinish={() => void save()}
      data-testid="platform-form"
      requiredMark
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item label={t('platforms.fields.name')} name="name" required {...feedback('name')}>
            <Input placeholder={t('platforms.placeholders.name')} data-testid="platform-name" autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('platforms.fields.jurisdiction')} name="jurisdiction" required {...feedback('jurisdiction')}>
            <Input placeholder={t('platforms.placeholders.jurisdiction')} data-testid="platform-jurisdiction" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('platforms.fields.operator')} name="operator" required {...feedback('operator')}>
            <Input placeholder={t('platforms.placeholders.operator')} data-testid="platform-operator" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item label={t('platforms.fields.creditCode')} name="creditCode" required {...feedback('creditCode')}>
            <Input placeholder={t('platforms.placeholders.creditCode')} data-testid="platform-credit-code" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('platforms.fields.types')} name="types" required {...feedback('types')}>
        <Checkbox.Group
          options={PLATFORM_TYPES.map((type) => ({ value: type, label: t(`domain.platformType.${type}`) }))}
          data-testid="platform-types"
        />
      </Form.Item>
      <Form.Item label={t('platforms.fields.contacts')}>
        <ContactsField feedback={feedback} />
      </Form.Item>
      <Form.Item label={t('platforms.fields.note')} name="note" {...feedback('note')}>
        <Input.TextArea
          placeholder={t('platforms.placeholders.note')}
          autoSize={{ minRows: 3, maxRows: 8 }}
          count={{ show: true, max: PLATFORM_LIMITS.note }}
          data-testid="platform-note"
        />
      </Form.Item>
      {/* the buttons stay in view however long the form grows */}
      <Flex
        justify="flex-end"
        gap={8}
        style={{ position: 'sticky', bottom: 0, background: token.colorBgElevated, padding: '12px 0 16px', borderTop: `1px solid ${token.colorSplit}`, zIndex: 1 }}
      >
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="platform-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  )
}
