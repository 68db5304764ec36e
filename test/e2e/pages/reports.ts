// Page object for the reports received 报送记录: the list with its filters, one report's provenance in a
// drawer, and rolling an import back.
import type { Locator, Page } from 'playwright-core'
import { parseCount, type AppPage } from './app'

export type ReportKindLabel = '账号信息' | '处置记录' | '营利权限变更'

export class ReportsPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.nav('reports')
    await this.page.getByTestId('reports-table').waitFor()
  }

  /** The rows on the page of the table shown. */
  get rows(): Locator {
    return this.page.getByTestId('report-row')
  }

  /** The list's text when there are no reports at all. */
  get emptyText(): Locator {
    return this.page.getByText('尚未导入任何报送')
  }

  /** How many reports the filters let through, as the count above the table says (共 N 份). */
  async total(): Promise<number> {
    return parseCount(await this.page.getByText(/^共 [\d,]+ 份$/).textContent())
  }

  async filterKind(kind: ReportKindLabel): Promise<void> {
    await this.app.choose('reports-filter-kind', kind)
  }

  async goToTablePage(n: number): Promise<void> {
    // the test id sits on the table itself; its pagination is a sibling inside antd's wrapper
    const pagination = this.page.locator('.ant-table-wrapper').filter({ has: this.page.getByTestId('reports-table') }).locator('.ant-pagination')
    await pagination.locator(`.ant-pagination-item-${n}`).click()
    await pagination.locator(`.ant-pagination-item-active.ant-pagination-item-${n}`).waitFor()
  }

  /** The cells of the column titled `title` in the rows shown. */
  async column(title: string): Promise<string[]> {
    const table = this.page.getByTestId('reports-table')
    const index = await table.locator('thead th').evaluateAll((cells, wanted) => cells.findIndex((c) => c.textContent.trim() === wanted), title)
    if (index < 0) throw new Error(`no column ${title}`)
    return this.rows.locator(`td:nth-child(${index + 1})`).allTextContents()
  }

  get detail(): Locator {
    return this.page.getByTestId('report-detail')
  }

  /** Opens the report of the `n`th row (from 0) and returns its file name. */
  async openRow(n: number): Promise<string> {
    const row = this.rows.nth(n)
    const [fileName] = await this.column('文件名').then((names) => names.slice(n, n + 1))
    if (fileName === undefined) throw new Error(`no row ${n}`)
    await this.app.expectSignal('navigated', () => row.click())
    await this.detail.waitFor()
    return fileName
  }

  /** The rows the report brought in, from the detail's line 「N 行：导入 A，拒收 R，重复 D」. */
  async acceptedInDetail(): Promise<number> {
    const text = await this.detail.textContent()
    const match = /行：导入 ([\d,]+)，/.exec(text ?? '')
    if (!match) throw new Error(`no row counts in the detail: ${text ?? ''}`)
    return parseCount(match[1] ?? null)
  }

  get sha256(): Locator {
    return this.page.getByTestId('report-sha256')
  }

  /** The header mapping table: standard field → the file's header. */
  async mapping(): Promise<{ field: string; header: string }[]> {
    const table = this.detail.locator('.ant-table').filter({ has: this.page.getByRole('columnheader', { name: '文件表头' }) })
    return table.locator('tbody tr.ant-table-row').evaluateAll((rows) =>
      rows.map((row) => {
        const [field, header] = Array.from(row.querySelectorAll('td'))
        return { field: field?.querySelector('code')?.textContent ?? '', header: header?.textContent ?? '' }
      }),
    )
  }

  /** 撤销导入 on the report open, confirmed; waits until it is stored. */
  async rollback(): Promise<void> {
    await this.page.getByTestId('report-rollback').click()
    await this.app.expectSignal('saved', () => this.page.getByTestId('report-rollback-confirm').click())
    await this.page.getByTestId('report-rollback').waitFor({ state: 'detached' })
  }

  async closeDetail(): Promise<void> {
    await this.app.expectSignal('navigated', () => this.page.locator('.ant-drawer-close').click())
    await this.detail.waitFor({ state: 'detached' })
  }
}
