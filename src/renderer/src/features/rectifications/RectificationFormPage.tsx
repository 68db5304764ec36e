// 发起整改 (`rectifications/new?findings=…&platform=…`): the notice's elements — platform, addressee (its
// operator), issuing office, dates, document number — the findings of that platform to include, and the
// legal basis they imply, quoted. Defaults come from the office's last order (prefix, office) and the
// calendar (today, 15 working days); the sequence and the deadline follow the prefix, the year and the
// date of issue until the user sets them. The store checks everything again when the order is issued.
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import dayjs from 'dayjs'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { Finding, Rectification } from '@shared/domain/findings'
import { DEFAULT_DEADLINE_WORKING_DAYS, defaultDeadline } from '@shared/rectifications/deadline'
import { formatDocumentNumber, lastPrefix, nextSequence } from '@shared/rectifications/numbering'
import { legalBasis } from '@shared/rectifications/order'
import { useDesk } from '@renderer/app/desk'
import { session } from '@renderer/app/session'
import { emitSignal } from '@renderer/app/signals'
import { UserError } from '@renderer/db/data-layer'
import { useArticles, useCatalogueInForce, usePlatformList } from '@renderer/features/findings/hooks'
import { BasisPreview } from './BasisPreview'
import { FindingPicker, useOrderableFindings } from './FindingPicker'
import { useRectifications, useToday } from './hooks'
import { issueRectification, RectificationRefused } from './service'

interface Values {
  platformId: string | undefined
  addressee: string
  issuingOffice: string
  issuedOn: Dayjs
  deadline: Dayjs
  numberPrefix: string
  sequence: number
}

const ISO = 'YYYY-MM-DD'
const FIELDS = new Set(['platformId', 'addressee', 'issuingOffice', 'issuedOn', 'deadline', 'numberPrefix', 'sequence'])

function initialValues(orders: readonly Rectification[], platformId: string | undefined, operator: string, office: string, today: string): Values {
  const prefix = lastPrefix(orders)
  const latest = [...orders].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))[0]
  return {
    platformId,
    addressee: operator,
    issuingOffice: latest?.issuingOffice ?? office,
    issuedOn: dayjs(today),
    deadline: dayjs(defaultDeadline(today)),
    numberPrefix: prefix,
    sequence: nextSequence(orders, prefix, Number(today.slice(0, 4))),
  }
}

export function RectificationFormPage() {
  const { settings } = useDesk()
  const { db } = useDesk()
  const [params] = useSearchParams()
  const orders = useRectifications()
  const platforms = usePlatformList()
  const today = useToday()
  const wanted = useMemo(() => (params.get('findings') ?? '').split(',').filter((id) => id !== ''), [params])
  const initialFindings = useLiveQuery(async () => (await db.findings.bulkGet(wanted)).filter((f): f is Finding => f !== undefined), [db, wanted])
  if (!orders || !platforms || !initialFindings) return null
  const platformId = initialFindings[0]?.platformId ?? params.get('platform') ?? undefined
  const platform = platforms.find((p) => p.id === platformId)
  return (
    <OrderForm
      orders={orders}
      platforms={platforms.filter((p) => !p.archived || p.id === platformId).map((p) => ({ id: p.id, name: p.name, operator: p.operator }))}
      initial={initialValues(orders, platform?.id, platform?.operator ?? '', settings.actor.office, today)}
      initialSelected={initialFindings.filter((f) => f.platformId === platform?.id).map((f) => f.id)}
      today={today}
    />
  )
}

interface FormProps {
  orders: readonly Rectification[]
  platforms: { id: string; name: string; operator: string }[]
  initial: Values
  initialSelected: string[]
  today: string
}

function OrderForm({ orders, platforms, initial, initialSelected, today }: FormProps) {
  const { t } = useTranslation()
  const { data } = useDesk()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<Values>()
  const catalogue = useCatalogueInForce()
  const articles = useArticles()
  const [selected, setSelected] = useState<string[]>(initialSelected)
  const [findingsError, setFindingsError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // the sequence and the deadline follow the other fields until the user sets them
  const touched = useRef({ sequence: false, deadline: false })
  // useWatch answers undefined until the form has rendered once
  const platformId = Form.useWatch('platformId', form) ?? initial.platformId
  const prefix = (Form.useWatch('numberPrefix', form) as string | undefined) ?? initial.numberPrefix
  const sequence = (Form.useWatch('sequence', form) as number | null | undefined) ?? initial.sequence
  // a date being typed over is null for a moment
  const issuedOn = (Form.useWatch('issuedOn', form) as Dayjs | null | undefined) ?? initial.issuedOn
  const findings = useOrderableFindings(platformId, catalogue)
  const chosen = useMemo(() => (findings ?? []).filter((f) => selected.includes(f.id)), [findings, selected])
  const basis = useMemo(() => legalBasis(chosen, catalogue), [chosen, catalogue])

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    const issued = all.issuedOn as Dayjs | null
    if ('sequence' in changed) touched.current.sequence = true
    if ('deadline' in changed) touched.current.deadline = true
    if ('platformId' in changed) {
      form.setFieldValue('addressee', platforms.find((p) => p.id === changed.platformId)?.operator ?? '')
      setSelected([])
    }
    if (issued === null) return
    if ('issuedOn' in changed && !touched.current.deadline) form.setFieldValue('deadline', dayjs(defaultDeadline(issued.format(ISO))))
    if (('numberPrefix' in changed || 'issuedOn' in changed) && !touched.current.sequence) {
      form.setFieldValue('sequence', nextSequence(orders, all.numberPrefix, issued.year()))
    }
  }

  const save = async (values: Values) => {
    setSaving(true)
    setFindingsError(null)
    try {
      const order = await issueRectification(
        data,
        {
          platformId: values.platformId ?? '',
          findingIds: chosen.map((f) => f.id),
          numberPrefix: values.numberPrefix,
          sequence: values.sequence,
          issuingOffice: values.issuingOffice,
          issuedOn: values.issuedOn.format(ISO),
          addressee: values.addressee,
          deadline: values.deadline.format(ISO),
        },
        { by: session.actor().name },
      )
      void message.success(t('rectifications.form.saved', { number: order.documentNumber }))
      emitSignal('saved', { action: 'rectification.issue', id: order.id })
      void navigate(`/rectifications/${encodeURIComponent(order.id)}`)
    } catch (e) {
      if (e instanceof RectificationRefused) {
        form.setFields(e.problems.filter((p) => FIELDS.has(p.path)).map((p) => ({ name: p.path as keyof Values, errors: [t(p.key, p.params)] })))
        const other = e.problems.find((p) => !FIELDS.has(p.path))
        if (other) setFindingsError(t(other.key, other.params))
      } else void message.error(e instanceof UserError ? t(e.userMessage.key, e.userMessage.params) : t('common.error'))
    } finally {
      setSaving(false)
    }
  }

  const required = (message: string) => [{ required: true, whitespace: true, message }]
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rectifications.form.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rectifications.form.intro')}</Typography.Text>
      </div>
      <Form<Values> form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} onFinish={(v) => void save(v)} data-testid="rectification-form">
        <Card size="small" title={t('rectifications.form.elements')}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="platformId" label={t('rectifications.form.platform')} rules={[{ required: true, message: t('rectifications.form.choosePlatformFirst') }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('rectifications.form.platformPlaceholder')}
                  options={platforms.map((p) => ({ value: p.id, label: p.name }))}
                  data-testid="rectification-platform"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="addressee" label={t('rectifications.form.addressee')} rules={required(t('rectifications.problem.addresseeRequired'))}>
                <Input maxLength={100} data-testid="rectification-addressee" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="issuingOffice" label={t('rectifications.form.issuingOffice')} rules={required(t('rectifications.problem.officeRequired'))}>
                <Input maxLength={100} placeholder={t('rectifications.form.issuingOfficePlaceholder')} data-testid="rectification-office" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="issuedOn" label={t('rectifications.form.issuedOn')} rules={[{ required: true, message: t('rectifications.problem.date') }]}>
                <DatePicker allowClear={false} style={{ width: '100%' }} disabledDate={(d) => d.format(ISO) > today} data-testid="rectification-issued-on" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name="deadline"
                label={t('rectifications.form.deadline')}
                extra={t('rectifications.form.deadlineHint', { days: DEFAULT_DEADLINE_WORKING_DAYS })}
                rules={[{ required: true, message: t('rectifications.problem.date') }]}
              >
                <DatePicker allowClear={false} style={{ width: '100%' }} disabledDate={(d) => d.format(ISO) <= issuedOn.format(ISO)} data-testid="rectification-deadline" />
              </Form.Item>
            </Col>
            <Col xs={16} md={8}>
              <Form.Item name="numberPrefix" label={t('rectifications.form.numberPrefix')} rules={required(t('rectifications.problem.prefix'))}>
                <Input maxLength={20} placeholder={t('rectifications.form.numberPrefixPlaceholder')} data-testid="rectification-prefix" />
              </Form.Item>
            </Col>
            <Col xs={8} md={4}>
              <Form.Item name="sequence" label={t('rectifications.form.sequence')} rules={[{ required: true, message: t('rectifications.problem.sequence') }]}>
                <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="rectification-sequence" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} style={{ display: 'flex', alignItems: 'center' }}>
              <Typography.Text strong style={{ fontSize: 16 }} data-testid="rectification-number-preview">
                {prefix.trim() ? t('rectifications.form.numberPreview', { number: formatDocumentNumber({ numberPrefix: prefix, year: issuedOn.year(), sequence }) }) : null}
              </Typography.Text>
            </Col>
          </Row>
        </Card>
        <Card size="small" title={t('rectifications.form.findings')} style={{ marginTop: 16 }} extra={<Typography.Text type="secondary">{t('rectifications.form.findingsHint', { n: chosen.length })}</Typography.Text>}>
          {findingsError ? <Alert type="error" showIcon title={findingsError} style={{ marginBottom: 12 }} data-testid="rectification-findings-error" /> : null}
          <FindingPicker
            findings={platformId === undefined ? [] : findings}
            articles={articles}
            selected={selected}
            onChange={(ids) => {
              setSelected(ids)
              setFindingsError(null)
            }}
            emptyText={t(platformId === undefined ? 'rectifications.form.choosePlatformFirst' : 'rectifications.form.noEligible')}
          />
        </Card>
        <Card size="small" title={t('rectifications.form.basis')} style={{ marginTop: 16 }}>
          <BasisPreview basis={basis} articles={articles} emptyText={t('rectifications.form.basisEmpty')} />
        </Card>
        <Flex gap={8} style={{ marginTop: 16 }}>
          {/* not a submit button: Enter in a field must not issue an official notice */}
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="rectification-save">
            {t('rectifications.form.save')}
          </Button>
          <Button onClick={() => void navigate(-1)}>{t('rectifications.form.cancel')}</Button>
        </Flex>
      </Form>
    </Flex>
  )
}
