// One checklist item: the requirement (the notice's words, or the office's own), what an inspector looks
// at, the five results as buttons with their keys, the notes (saved when the field is left) and the
// evidence with the button to attach more. Focusing anything inside makes it the current item.
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons'
import { Button, Flex, Input, Popconfirm, Tag, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Requirement } from '@shared/catalogue/types'
import type { InspectionItem } from '@shared/domain/findings'
import { isCustomItem } from '@shared/inspections/checklist'
import { INSPECTION_LIMITS } from '@shared/inspections/plan'
import type { Attachment } from '@renderer/db/database'
import { AttachmentCard } from './AttachmentCard'
import { RESULT_KEYS } from './keyboard'
import { RESULT_FILL } from './labels'
import type { ChecklistActions } from './useChecklistActions'
import type { Verification } from './useVerification'

interface Props {
  item: InspectionItem
  requirement: Requirement | undefined
  current: boolean
  missing: boolean
  editable: boolean
  attachments: readonly Attachment[]
  verification: ReadonlyMap<string, Verification>
  actions: ChecklistActions
  onCurrent: (itemId: string) => void
}

function ResultButtons({ item, editable, actions }: Pick<Props, 'item' | 'editable' | 'actions'>) {
  const { t } = useTranslation()
  if (!editable) {
    // a record that can no longer change shows what was decided, not the choices
    return (
      <Flex>
        <Tag color={RESULT_FILL[item.result]} variant="solid" style={{ marginInlineEnd: 0 }} data-testid={`item-result-${item.result}`}>
          {t(`inspections.result.${item.result}`)}
        </Tag>
      </Flex>
    )
  }
  return (
    <Flex gap={6} wrap role="group" aria-label={t('inspections.shortcuts.result')}>
      {RESULT_KEYS.map((result, i) => {
        const on = item.result === result
        return (
          <Button
            key={result}
            size="small"
            type={on ? 'primary' : 'default'}
            style={on ? { background: RESULT_FILL[result], borderColor: RESULT_FILL[result] } : undefined}
            aria-pressed={on}
            onClick={() => {
              if (!on) void actions.setResult(item.id, result)
            }}
            data-testid={`item-result-${result}`}
          >
            <span style={{ opacity: 0.6, fontSize: 11, marginInlineEnd: 4, fontVariantNumeric: 'tabular-nums' }}>{i + 1}</span>
            {t(`inspections.result.${result}`)}
          </Button>
        )
      })}
    </Flex>
  )
}

function Notes({ item, editable, actions }: Pick<Props, 'item' | 'editable' | 'actions'>) {
  const { t } = useTranslation()
  if (!editable) {
    return item.notes === '' ? null : (
      <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', background: '#fafafa', padding: '4px 8px', borderRadius: 4 }} data-testid="item-notes">
        {item.notes}
      </Typography.Paragraph>
    )
  }
  return (
    <Input.TextArea
      // a fresh field whenever the stored notes change (saved here, or brought in from elsewhere)
      key={item.notes}
      defaultValue={item.notes}
      autoSize={{ minRows: 1, maxRows: 8 }}
      maxLength={INSPECTION_LIMITS.notes}
      variant="filled"
      placeholder={t('inspections.item.notesPlaceholder')}
      aria-label={t('inspections.item.notes')}
      onBlur={(e) => {
        if (e.target.value.trimEnd() !== item.notes) void actions.setNotes(item.id, e.target.value)
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        // back to the list: leaving the field saves it
        e.preventDefault()
        e.currentTarget.closest<HTMLElement>('[data-testid="checklist-item"]')?.focus()
      }}
      data-testid="item-notes"
    />
  )
}

export function ChecklistItem({ item, requirement, current, missing, editable, attachments, verification, actions, onCurrent }: Props) {
  const { t, i18n } = useTranslation()
  const custom = isCustomItem(item)
  // the notice's own words always; in English, our summary first
  const summary = requirement && !i18n.language.startsWith('zh') ? requirement.summaryEn : null
  return (
    <div
      className="checklist-item"
      tabIndex={-1}
      onFocus={() => onCurrent(item.id)}
      onMouseDown={() => onCurrent(item.id)}
      data-testid="checklist-item"
      data-item-id={item.id}
      data-requirement={item.requirementId}
      data-result={item.result}
      data-current={current}
      data-missing={missing}
    >
      <Flex vertical gap={8}>
        <Flex gap={10} align="baseline">
          {custom ? (
            <Tag color="purple" style={{ marginInlineEnd: 0, flex: 'none' }}>
              {t('inspections.page.customTag')}
            </Tag>
          ) : (
            <Typography.Text strong style={{ flex: 'none', fontVariantNumeric: 'tabular-nums', minWidth: 44 }}>
              {item.requirementId}
            </Typography.Text>
          )}
          {summary ? (
            <Flex vertical style={{ flex: 1 }}>
              <Typography.Text>{summary}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.text}
              </Typography.Text>
            </Flex>
          ) : (
            <Typography.Text style={{ flex: 1 }}>{item.text}</Typography.Text>
          )}
          {custom && editable ? (
            <Popconfirm title={t('inspections.page.removeCustomConfirm', { text: item.text.slice(0, 20) })} onConfirm={() => void actions.removeItem(item.id)} okButtonProps={{ danger: true }}>
              <Tooltip title={t('inspections.page.removeCustom')}>
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('inspections.page.removeCustom')} />
              </Tooltip>
            </Popconfirm>
          ) : null}
        </Flex>
        {requirement && requirement.evidenceZh.length > 0 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: custom ? 0 : 54 }}>
            {t('inspections.page.evidenceHint', { evidence: requirement.evidenceZh.join('；') })}
          </Typography.Text>
        ) : null}
        <ResultButtons item={item} editable={editable} actions={actions} />
        <Notes item={item} editable={editable} actions={actions} />
        {attachments.length > 0 || editable ? (
          <Flex gap={8} wrap align="center">
            {attachments.map((a) => (
              <AttachmentCard key={a.id} attachment={a} verification={verification.get(a.id) ?? 'checking'} editable={editable} actions={actions} />
            ))}
            {editable ? (
              // the paste hint in a tooltip: text that came and went with the current item would shift the
              // list under the pointer between press and release, and the click would miss
              <Tooltip title={t('inspections.item.pasteHint')}>
                <Button size="small" icon={<PaperClipOutlined />} onClick={() => void actions.attachFiles(item.id)} data-testid="item-attach">
                  {t('inspections.item.attach')}
                </Button>
              </Tooltip>
            ) : null}
          </Flex>
        ) : null}
      </Flex>
    </div>
  )
}
