// One parameter in the new-version form: a whole number, a range as two numbers, or a list as tags, each
// checked as the user types with the same rule that saving applies (parameterProblems), and marked when it
// differs from the base version.
import { Flex, Form, InputNumber, Select, Space, Tag } from 'antd'
import type { Rule } from 'antd/es/form'
import { useTranslation } from 'react-i18next'
import type { Parameter } from '@shared/catalogue/types'
import { parameterProblems } from '@shared/catalogue/validate'
import { ACCOUNT_FIELDS, VIOLATION_TYPES } from '@shared/domain/records'
import type { Problem } from '@shared/i18n'
import { useCatalogueDisplay, useProblemText } from './display'

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === ''
}

export function ParameterField({ parameter }: { parameter: Parameter }) {
  const { t } = useTranslation()
  const display = useCatalogueDisplay()
  const problemText = useProblemText()
  const form = Form.useFormInstance()
  const name = ['parameters', parameter.key]
  const current: unknown = Form.useWatch(name, form)
  const changed = current !== undefined && JSON.stringify(current) !== JSON.stringify(parameter.value)
  const unit = display.suffix(parameter)
  const bounds = display.bounds(parameter)
  const extra = [bounds && t('catalogue.newVersion.bounds', { bounds }), t('catalogue.newVersion.original', { value: display.value(parameter) })]
    .filter(Boolean)
    .join(' · ')

  /** A rule that refuses with the first problem `pick` selects, in the field's own short words. */
  const rule = (check: (value: unknown) => Problem[]): Rule => ({
    validator: (_rule, value: unknown) => {
      if (isEmpty(value)) return Promise.reject(new Error(t('catalogue.form.required')))
      const [problem] = check(value)
      return problem ? Promise.reject(new Error(problemText.field(problem))) : Promise.resolve()
    },
  })

  const label = (
    <Space size={6}>
      {display.label(parameter)}
      {changed && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid={`parameter-${parameter.key}-changed`}>
          {t('catalogue.newVersion.changed')}
        </Tag>
      )}
    </Space>
  )

  if (parameter.kind === 'range') {
    const end = (which: 'min' | 'max') => (
      <Form.Item
        name={[...name, which]}
        dependencies={which === 'max' ? [[...name, 'min']] : []}
        rules={[
          rule((value) => {
            const other: unknown = form.getFieldValue([...name, 'min'])
            // the lower end is checked against its bounds only; the upper end also against the lower
            const range = which === 'min' ? { min: value, max: value } : { min: typeof other === 'number' ? other : value, max: value }
            return parameterProblems(parameter, range, 'v').filter((p) => p.path === `v.${which}`)
          }),
        ]}
        style={{ flex: 1, marginBottom: 0 }}
      >
        <InputNumber
          step={1}
          prefix={t(which === 'min' ? 'catalogue.newVersion.rangeMin' : 'catalogue.newVersion.rangeMax')}
          suffix={unit}
          style={{ width: '100%' }}
          data-testid={`parameter-${parameter.key}-${which}`}
        />
      </Form.Item>
    )
    return (
      <Form.Item label={label} extra={extra}>
        <Flex gap={8} align="flex-start">
          {end('min')}
          <span style={{ lineHeight: '32px' }}>{t('catalogue.newVersion.rangeTo')}</span>
          {end('max')}
        </Flex>
      </Form.Item>
    )
  }

  if (parameter.kind === 'list') {
    const violations = parameter.key === 'closureViolations'
    const options: { value: string; label: string }[] = violations
      ? VIOLATION_TYPES.map((v) => ({ value: v, label: t(`domain.violation.${v}`) }))
      : ACCOUNT_FIELDS.map((f) => ({ value: f, label: f }))
    return (
      <Form.Item name={name} label={label} extra={extra} rules={[rule((value) => parameterProblems(parameter, value, 'v'))]}>
        <Select
          mode={violations ? 'multiple' : 'tags'}
          options={options}
          tokenSeparators={violations ? undefined : [',', '，', '、']}
          placeholder={t(violations ? 'catalogue.newVersion.violationsPlaceholder' : 'catalogue.newVersion.listPlaceholder')}
          data-testid={`parameter-${parameter.key}`}
        />
      </Form.Item>
    )
  }

  return (
    <Form.Item name={name} label={label} extra={extra} rules={[rule((value) => parameterProblems(parameter, value, 'v'))]}>
      <InputNumber suffix={unit} style={{ width: '100%' }} data-testid={`parameter-${parameter.key}`} />
    </Form.Item>
  )
}
