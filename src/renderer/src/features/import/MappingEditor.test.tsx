import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { i18n, initI18n } from '@renderer/app/i18n'
import { MappingEditor } from './MappingEditor'

beforeAll(async () => {
  await initI18n('zh-CN')
})
afterEach(async () => {
  cleanup()
  await act(() => i18n.changeLanguage('zh-CN'))
})

const HEADERS = ['处置编号', '用户ID', '昵称', '违规行为', '违规时间', '处罚措施', '']
const SAMPLE = [
  ['D001', 'u1', '', '造谣传谣', '2026/7/1', '禁言30天', 'x'],
  ['D002', 'u2', '乙', '歪曲事实', '2026/7/2', '警告', 'y'],
]

function renderEditor(mapping: Record<string, string>, onChange = vi.fn()) {
  render(
    <I18nextProvider i18n={i18n}>
      <MappingEditor kind="dispositions" headers={HEADERS} mapping={mapping} sample={SAMPLE} onChange={onChange} />
    </I18nextProvider>,
  )
  return onChange
}

/** Opens an antd Select and picks the option with this label. */
function pick(testId: string, label: string) {
  const select = screen.getByTestId(testId)
  fireEvent.mouseDown(select.querySelector('input') ?? select)
  // the dropdown opened last is the last one in the document
  const dropdown = Array.from(document.querySelectorAll('.ant-select-dropdown')).at(-1)
  const options = dropdown?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? []
  const option = Array.from(options).find((o) => o.getAttribute('title') === label)
  if (!option) throw new Error(`no option ${label} among ${Array.from(options, (o) => o.getAttribute('title')).join(', ')}`)
  fireEvent.click(option)
}

describe('the mapping editor', () => {
  it('lists every field of the kind in the UI language, marks the required ones and shows an example', () => {
    renderEditor({ disposition_id: '处置编号', platform_account_id: '用户ID', account_name: '昵称' })
    const table = screen.getByTestId('import-mapping')
    for (const label of ['处置编号', '账号ID', '违规类型', '处置措施', '期限（天）', '是否上报网信部门', '内容链接']) expect(within(table).getAllByText(label).length).toBeGreaterThan(0)
    // required fields carry the mark: 账号ID, 违规类型, 违规日期, 处置措施
    expect(within(table).getAllByText('*')).toHaveLength(4)
    // the example is the first non-empty value of the mapped column
    expect(within(table).getByText('乙')).toBeTruthy()
    expect(within(table).getByText('u1')).toBeTruthy()
    // unmapped fields show 不导入
    expect(within(screen.getByTestId('import-mapping-violation_type')).getByText('不导入')).toBeTruthy()
  })

  it('maps a field to a column, or to nothing', () => {
    const onChange = renderEditor({ platform_account_id: '用户ID' })
    pick('import-mapping-violation_type', '违规行为')
    expect(onChange).toHaveBeenLastCalledWith('violation_type', '违规行为')
    pick('import-mapping-platform_account_id', '不导入')
    expect(onChange).toHaveBeenLastCalledWith('platform_account_id', null)
  })

  it('names a column without a header by its position', () => {
    renderEditor({})
    fireEvent.mouseDown(screen.getByTestId('import-mapping-summary').querySelector('input') ?? screen.getByTestId('import-mapping-summary'))
    expect(document.querySelector('.ant-select-item-option[title="第 7 列（无列名）"]')).not.toBeNull()
  })

  it('speaks English when the UI does', async () => {
    await act(() => i18n.changeLanguage('en'))
    renderEditor({})
    const table = screen.getByTestId('import-mapping')
    expect(within(table).getByText('Violation type')).toBeTruthy()
    expect(within(table).getAllByText('Do not import').length).toBeGreaterThan(0)
  })
})
