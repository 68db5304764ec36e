// 新建版本: a new version of a catalogue with changed parameters, an effective date and a note. The form
// checks each field as the user types; saving checks everything again (service → deriveVersion) and puts
// any refusal back beside its field. Nothing is stored unless all of it is valid.
import { Alert, App, Button, Col, DatePicker, Descriptions, Divider, Drawer, Flex, Form, Input, Row, Tag, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { PARAMETER_SPECS, isParameterKey } from '@shared/catalogue/parameters'
import type { Catalogue, ParameterValues } from '@shared/catalogue/types'
import { parameterValues } from '@shared/catalogue/versions'
import type { Problem } from '@shared/i18n'
import { todayIso } from '@shared/util/dates'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { UserError } from '@renderer/db/data-layer'
import { useCatalogueDisplay, useProblemText } from './display'
import { ParameterField } from './ParameterField'
import { CatalogueRefused, createVersion } from './service'
import { catalogueHref } from './useCatalogues'

interface FormValues {
  effectiveFrom: Dayjs | null
  note?: string
  parameters: Partial<ParameterValues>
}

const ISO = 'YYYY-MM-DD'

/** The form field a problem from saving belongs to, or null when it belongs to none. */
function fieldOf(problem: Problem): (string | number)[] | null {
  if (problem.path === 'effectiveFrom') return ['effectiveFrom']
  const m = /^parameters\.(\w+)(?:\.(min|max))?$/.exec(problem.path)
  const key = m?.[1]
  if (key === undefined || !isParameterKey(key)) return null
  // a range is two fields; a problem with the whole range shows on its lower end
  const end = m?.[2] ?? (PARAMETER_SPECS[key].kind === 'range' ? 'min' : undefined)
  return end ? ['parameters', key, end] : ['parameters', key]
}

export function NewVersionDrawer({ base, onClose }: { base: Catalogue; onClose: () => void }) {
  const { t } = useTranslation()
  const { data, settings } = useDesk()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const display = useCatalogueDisplay()
  const problemText = useProblemText()
  const [form] = Form.useForm<FormValues>()
  const [saving, setSaving] = useState(false)
  const [unplaced, setUnplaced] = useState<Problem[]>([])

  const today = todayIso()
  const initialValues: FormValues = {
    effectiveFrom: dayjs(today > base.effectiveFrom ? today : base.effectiveFrom),
    note: '',
    parameters: parameterValues(base),
  }
  const groups = base.requirements.filter((r) => r.parameters.length > 0)
  const articleTitle = (articleId: string) => {
    const article = base.articles.find((a) => a.id === articleId)
    return article ? (display.english && article.titleEn ? article.titleEn : article.titleZh) : ''
  }

  const showRefusal = (problems: Problem[]) => {
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>()
    const rest: Problem[] = []
    for (const problem of problems) {
      const name = fieldOf(problem)
      if (!name) {
        rest.push(problem)
        continue
      }
      const entry = byField.get(name.join('.')) ?? { name, errors: [] }
      entry.errors.push(problemText.field(problem))
      byField.set(name.join('.'), entry)
    }
    // the paths come from the validator, not from the form's types
    form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0])
    setUnplaced(rest)
    void message.error(t('catalogue.newVersion.refused'))
  }

  const save = async () => {
    setUnplaced([])
    let values: FormValues
    try {
      values = await form.validateFields()
    } catch {
      void message.error(t('catalogue.newVersion.refused'))
      return
    }
    setSaving(true)
    try {
      const made = await createVersion(
        data,
        base.id,
        { effectiveFrom: values.effectiveFrom?.format(ISO) ?? '', note: values.note ?? '', parameters: values.parameters },
        { actorName: settings.actor.name },
      )
      void message.success(t('catalogue.newVersion.saved', { version: made.version }))
      emitSignal('saved', { entity: 'catalogue', id: made.id })
      onClose()
      await navigate(catalogueHref(made.id))
    } catch (error) {
      if (error instanceof CatalogueRefused) showRefusal(error.problems)
      else if (error instanceof UserError) showRefusal([{ ...error.userMessage, path: '' }])
      else throw error
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer
      open
      size={760}
      title={t('catalogue.newVersion.title')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="new-version-save">
            {t('catalogue.newVersion.save')}
          </Button>
        </Flex>
      }
    >
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }} styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label={t('catalogue.newVersion.base')}>
          {t('catalogue.newVersion.baseValue', { title: display.title(base), version: base.version, date: base.effectiveFrom })}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('catalogue.newVersion.intro')}
      </Typography.Paragraph>

      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} data-testid="new-version-form" requiredMark={false}>
        <Row gutter={16}>
          <Col span={9}>
            <Form.Item
              name="effectiveFrom"
              label={t('catalogue.newVersion.effectiveFrom')}
              extra={t('catalogue.newVersion.effectiveHint', { date: base.effectiveFrom })}
              rules={[
                {
                  validator: (_rule, value: Dayjs | null) => {
                    if (!value) return Promise.reject(new Error(t('catalogue.form.dateRequired')))
                    if (value.format(ISO) < base.effectiveFrom) {
                      return Promise.reject(new Error(t('catalogue.form.effectiveBeforeBase', { date: base.effectiveFrom })))
                    }
                    return Promise.resolve()
                  },
                },
              ]}
            >
              <DatePicker
                style={{ width: '100%' }}
                allowClear={false}
                disabledDate={(day) => day.format(ISO) < base.effectiveFrom}
                data-testid="new-version-effective"
              />
            </Form.Item>
          </Col>
          <Col span={15}>
            <Form.Item name="note" label={t('catalogue.newVersion.note')}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={1000}
                placeholder={t('catalogue.newVersion.notePlaceholder')}
                data-testid="new-version-note"
              />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          {t('catalogue.newVersion.parametersSection')}
        </Divider>

        {groups.map((requirement) => (
          <section key={requirement.id} style={{ paddingTop: 8 }}>
            <Flex gap={8} align="baseline" style={{ marginBottom: 8 }}>
              <Tag style={{ fontFamily: 'monospace' }}>{requirement.id}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {articleTitle(requirement.articleId)}
              </Typography.Text>
            </Flex>
            <Row gutter={16}>
              {requirement.parameters.map((parameter) => (
                <Col key={parameter.key} span={parameter.kind === 'integer' ? 12 : 24}>
                  <ParameterField parameter={parameter} />
                </Col>
              ))}
            </Row>
          </section>
        ))}
      </Form>

      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="new-version-problems"
          title={t('catalogue.newVersion.refused')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {unplaced.map((problem, index) => (
                <li key={index}>{problemText.full(problem)}</li>
              ))}
            </ul>
          }
        />
      )}
    </Drawer>
  )
}
