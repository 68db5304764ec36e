// Planning an inspection, or changing its plan: a drawer with the form — platform, kind, title (suggested
// from the platform and kind until the user writes one), planned dates, team, catalogue version (the one in
// force by default) — and how many checklist items the choice will give. The form checks with the same pure
// validation the service runs again on save; problems show next to their fields.
import { App, Button, DatePicker, Drawer, Flex, Form, Input, Radio, Select, Spin, Typography, theme } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '@shared/catalogue/types'
import { INSPECTION_KINDS, type Inspection, type InspectionKind } from '@shared/domain/findings'
import type { Problem } from '@shared/i18n'
import { applicableRequirements } from '@shared/inspections/checklist'
import { INSPECTION_LIMITS, validatePlan, type PlanInput } from '@shared/inspections/plan'
import { emitSignal } from '@renderer/app/signals'
import { useDesk } from '@renderer/app/desk'
import { showFailure } from '@renderer/lib/failure'
import { useCatalogues, useEditor, usePlatforms } from './hooks'
import { createInspection, InspectionRejected, updatePlan } from './service'

interface Values {
  platformId?: string
  kind: InspectionKind
  title: string
  planned?: [Dayjs | null, Dayjs | null] | null
  team: string[]
  catalogueId?: string
}

interface Props {
  open: boolean
  /** the inspection whose plan to change; none to plan a new one */
  inspection?: Inspection
  onClose: () => void
  onSaved?: (inspection: Inspection) => void
}

export function InspectionFormDrawer({ open, inspection, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onClose={onClose} title={t(inspection ? 'inspections.editTitle' : 'inspections.newTitle')} size={640} destroyOnHidden>
      <InspectionForm inspection={inspection} onClose={onClose} onSaved={onSaved} />
    </Drawer>
  )
}

function toInput(v: Values): Partial<PlanInput> {
  return {
    platformId: v.platformId ?? '',
    kind: v.kind,
    title: v.title,
    plannedStart: v.planned?.[0]?.format('YYYY-MM-DD') ?? '',
    plannedEnd: v.planned?.[1]?.format('YYYY-MM-DD') ?? '',
    team: v.team,
    catalogueId: v.catalogueId ?? '',
  }
}

function catalogueLabel(t: TFunction, c: Catalogue, zh: boolean, inForce: boolean): string {
  const option = t('inspections.catalogueOption', { title: zh ? c.titleZh : c.titleEn, version: c.version, date: c.effectiveFrom })
  return inForce ? t('inspections.catalogueInForce', { option }) : option
}

function InspectionForm({ inspection, onClose, onSaved }: Omit<Props, 'open'>) {
  const { t, i18n } = useTranslation()
  const { data } = useDesk()
  const editor = useEditor()
  const { message } = App.useApp()
  const { token } = theme.useToken()
  const platforms = usePlatforms()
  const catalogues = useCatalogues()
  const [form] = Form.useForm<Values>()
  const [problems, setProblems] = useState<Problem[]>([])
  const [attempted, setAttempted] = useState(false)
  const [saving, setSaving] = useState(false)
  // the title follows the platform and kind until the user types one of their own
  const [titleTouched, setTitleTouched] = useState(inspection !== undefined)
  const platformId = Form.useWatch('platformId', form)
  const catalogueId = Form.useWatch('catalogueId', form)

  const active = useMemo(() => (platforms ?? []).filter((p) => !p.archived || p.id === inspection?.platformId).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')), [platforms, inspection])
  const chosenCatalogue = catalogues?.all.find((c) => c.id === (catalogueId ?? catalogues.inForce?.id))
  const chosenPlatform = active.find((p) => p.id === platformId)
  const itemCount = chosenCatalogue && chosenPlatform ? applicableRequirements(chosenCatalogue, chosenPlatform.types).length : null

  const initial: Values = inspection
    ? { platformId: inspection.platformId, kind: inspection.kind, title: inspection.title, planned: [dayjs(inspection.plannedStart), dayjs(inspection.plannedEnd)], team: inspection.team, catalogueId: inspection.catalogueId }
    : { kind: 'routine', title: '', planned: [dayjs(), dayjs().add(2, 'day')], team: editor.by ? [editor.by] : [], catalogueId: catalogues?.inForce?.id }

  const feedback = (path: string) => {
    const p = problems.find((x) => x.path === path)
    return p ? { validateStatus: 'error' as const, help: <span data-testid="inspection-field-error" data-path={path}>{t(p.key, p.params)}</span> } : {}
  }

  const suggestTitle = (values: Values) => {
    const name = active.find((p) => p.id === values.platformId)?.name
    if (titleTouched || !name) return
    form.setFieldValue('title', t('inspections.titleSuggestion', { platform: name, kind: t(`inspections.kind.${values.kind}`) }))
  }

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    if ('title' in changed) setTitleTouched(true)
    if ('platformId' in changed || 'kind' in changed) suggestTitle(all)
    if (attempted) {
      const r = validatePlan(toInput({ ...all, catalogueId: all.catalogueId ?? catalogues?.inForce?.id }))
      setProblems(r.ok ? [] : r.problems)
    }
  }

  const save = async () => {
    setAttempted(true)
    const values = form.getFieldsValue(true) as Values
    const input = toInput({ ...values, catalogueId: values.catalogueId ?? catalogues?.inForce?.id })
    const checked = validatePlan(input)
    if (!checked.ok) {
      setProblems(checked.problems)
      return
    }
    setProblems([])
    setSaving(true)
    try {
      const saved = inspection ? await updatePlan(data, editor, inspection.id, checked.value) : await createInspection(data, editor, checked.value)
      emitSignal('inspection-saved', { id: saved.id })
      void message.success(t('inspections.saved', { title: saved.title }))
      onClose()
      onSaved?.(saved)
    } catch (error) {
      if (error instanceof InspectionRejected) setProblems([...error.problems])
      else showFailure(message, t, error)
    } finally {
      setSaving(false)
    }
  }

  const zh = i18n.language.startsWith('zh')
  // the form takes its initial values once: wait for the catalogue in force
  if (catalogues === undefined || platforms === undefined) return <Spin />
  return (
    <Form<Values> form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} onFinish={() => void save()} data-testid="inspection-form" requiredMark>
      <Form.Item label={t('inspections.fields.platform')} name="platformId" required {...feedback('platformId')}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('inspections.placeholders.platform')}
          options={active.map((p) => ({ value: p.id, label: p.name }))}
          disabled={inspection !== undefined}
          autoFocus={inspection === undefined}
          data-testid="inspection-platform"
        />
      </Form.Item>
      <Form.Item label={t('inspections.fields.kind')} name="kind" required {...feedback('kind')}>
        <Radio.Group optionType="button" options={INSPECTION_KINDS.map((k) => ({ value: k, label: t(`inspections.kind.${k}`) }))} data-testid="inspection-kind" />
      </Form.Item>
      <Form.Item label={t('inspections.fields.title')} name="title" required {...feedback('title')}>
        <Input placeholder={t('inspections.placeholders.title')} maxLength={INSPECTION_LIMITS.title} data-testid="inspection-title" />
      </Form.Item>
      <Form.Item label={t('inspections.fields.planned')} name="planned" required {...feedback(problems.some((p) => p.path === 'plannedEnd') ? 'plannedEnd' : 'plannedStart')}>
        <DatePicker.RangePicker
          placeholder={[t('inspections.placeholders.plannedStart'), t('inspections.placeholders.plannedEnd')]}
          style={{ width: '100%' }}
          // Enter confirms a typed date; it must not also submit the form
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault()
          }}
          data-testid="inspection-dates"
        />
      </Form.Item>
      <Form.Item label={t('inspections.fields.team')} name="team" required {...feedback('team')}>
        <Select mode="tags" open={false} suffix={null} placeholder={t('inspections.placeholders.team')} tokenSeparators={[',', '，', '、', ' ']} data-testid="inspection-team" />
      </Form.Item>
      <Form.Item label={t('inspections.fields.catalogue')} name="catalogueId" {...feedback('catalogueId')}>
        <Select
          options={catalogues.all.map((c) => ({ value: c.id, label: catalogueLabel(t, c, zh, c.id === catalogues.inForce?.id) }))}
          disabled={inspection !== undefined}
          data-testid="inspection-catalogue"
        />
      </Form.Item>
      {itemCount !== null && inspection === undefined ? (
        <Typography.Paragraph type="secondary" data-testid="inspection-checklist-preview" data-count={itemCount}>
          {t('inspections.checklistPreview', { count: itemCount })}
        </Typography.Paragraph>
      ) : null}
      <Flex justify="flex-end" gap={8} style={{ position: 'sticky', bottom: 0, background: token.colorBgElevated, padding: '12px 0 16px', borderTop: `1px solid ${token.colorSplit}`, zIndex: 1 }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="inspection-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  )
}
