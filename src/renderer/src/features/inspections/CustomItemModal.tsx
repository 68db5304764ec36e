// Adding an item of the office's own to the checklist: what to check and the article it counts under (one
// of the catalogue's, or the office's own heading).
import { App, Form, Input, Modal, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '@shared/catalogue/types'
import type { Problem } from '@shared/i18n'
import { CUSTOM_ARTICLE, validateCustomItem, type CustomItemInput } from '@shared/inspections/checklist'
import { INSPECTION_LIMITS } from '@shared/inspections/plan'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { showFailure } from '@renderer/lib/failure'
import { useEditor } from './hooks'
import { addCustomItem } from './service'

interface Props {
  open: boolean
  inspectionId: string
  articles: readonly Article[]
  onClose: () => void
  onAdded: (itemId: string) => void
}

export function CustomItemModal({ open, inspectionId, articles, onClose, onAdded }: Props) {
  const { t, i18n } = useTranslation()
  const { data } = useDesk()
  const editor = useEditor()
  const { message } = App.useApp()
  const [form] = Form.useForm<CustomItemInput>()
  const [problems, setProblems] = useState<Problem[]>([])
  const [saving, setSaving] = useState(false)
  const zh = i18n.language.startsWith('zh')

  const feedback = (path: string) => {
    const p = problems.find((x) => x.path === path)
    return p ? { validateStatus: 'error' as const, help: t(p.key, p.params) } : {}
  }

  const save = async () => {
    const values = form.getFieldsValue(true) as CustomItemInput
    const checked = validateCustomItem(values, articles.map((a) => a.id))
    if (!checked.ok) {
      setProblems(checked.problems)
      return
    }
    setSaving(true)
    try {
      const item = await addCustomItem(data, editor, inspectionId, checked.value)
      emitSignal('inspection-item-saved', { itemId: item.id })
      form.resetFields()
      setProblems([])
      onClose()
      onAdded(item.id)
    } catch (error) {
      showFailure(message, t, error)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Modal
      open={open}
      title={t('inspections.custom.title')}
      okText={t('inspections.custom.add')}
      cancelText={t('common.cancel')}
      onOk={() => void save()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'custom-item-save' }}
    >
      <Form<CustomItemInput> form={form} layout="vertical" initialValues={{ text: '', articleId: CUSTOM_ARTICLE }} preserve={false}>
        <Form.Item label={t('inspections.custom.text')} name="text" required {...feedback('text')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={INSPECTION_LIMITS.itemText} placeholder={t('inspections.custom.textPlaceholder')} autoFocus data-testid="custom-item-text" />
        </Form.Item>
        <Form.Item label={t('inspections.custom.article')} name="articleId" required {...feedback('articleId')}>
          <Select
            options={[
              ...articles.map((a) => ({ value: a.id, label: `${a.id} ${zh ? a.titleZh : a.titleEn}` })),
              { value: CUSTOM_ARTICLE, label: t('inspections.page.customArticle') },
            ]}
            data-testid="custom-item-article"
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
