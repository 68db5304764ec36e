// Page object for the platforms feature: the list with its filters, the create/edit drawer, and one
// platform's page with archive and restore.
import type { Locator, Page } from 'playwright-core'
import type { AppPage } from './app'

/** What the form asks for; `types` are the labels the user ticks (资讯, 社交 …). */
export interface PlatformDraft {
  name: string
  operator: string
  creditCode: string
  jurisdiction: string
  types: string[]
}

export type StatusFilter = '监管中' | '已归档' | '全部'

export class PlatformsPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.nav('platforms')
    await this.page.getByTestId('platform-new').waitFor()
  }

  /** The rows the list shows now (once it has loaded: wait on a row or on `emptyText` first). */
  get rows(): Locator {
    return this.page.getByTestId('platform-row')
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="platform-row"][data-name="${name}"]`)
  }

  /** The list's text when it has nothing to show: no platforms at all, or none matching the filters. */
  emptyText(kind: 'none' | 'noMatch'): Locator {
    return this.page.getByText(kind === 'none' ? '还没有平台，点击“新建平台”添加属地管理的网站平台' : '没有符合条件的平台')
  }

  async showStatus(status: StatusFilter): Promise<void> {
    await this.page.getByTestId('platform-status-filter').getByText(status, { exact: true }).click()
  }

  get form(): Locator {
    return this.page.getByTestId('platform-form')
  }

  async startNew(): Promise<void> {
    await this.page.getByTestId('platform-new').click()
    await this.form.waitFor()
  }

  /** Fills the fields given; types are ticked (they must not be ticked already). */
  async fill(draft: Partial<PlatformDraft>): Promise<void> {
    if (draft.name !== undefined) await this.page.getByTestId('platform-name').fill(draft.name)
    if (draft.operator !== undefined) await this.page.getByTestId('platform-operator').fill(draft.operator)
    if (draft.creditCode !== undefined) await this.page.getByTestId('platform-credit-code').fill(draft.creditCode)
    if (draft.jurisdiction !== undefined) await this.page.getByTestId('platform-jurisdiction').fill(draft.jurisdiction)
    for (const type of draft.types ?? []) await this.page.getByTestId('platform-types').getByText(type, { exact: true }).click()
  }

  /** Saves and waits until the platform is stored; for a save that should be refused use `trySave`. */
  async save(): Promise<void> {
    await this.app.expectSignal('saved', () => this.page.getByTestId('platform-save').click())
    await this.form.waitFor({ state: 'detached' })
  }

  /** Clicks Save without expecting it to succeed. */
  async trySave(): Promise<void> {
    await this.page.getByTestId('platform-save').click()
  }

  /** The message shown beside the field at `path` (`name`, `creditCode`, `contacts.0.phone` …). */
  fieldError(path: string): Locator {
    return this.page.locator(`[data-testid="platform-field-error"][data-path="${path}"]`)
  }

  async closeForm(): Promise<void> {
    // antd spaces out two-character Chinese button labels: 取 消
    await this.form.getByRole('button', { name: /^取\s*消$/ }).click()
    await this.form.waitFor({ state: 'detached' })
  }

  async create(draft: PlatformDraft): Promise<void> {
    await this.startNew()
    await this.fill(draft)
    await this.save()
    await this.row(draft.name).waitFor()
  }

  async openPlatform(name: string): Promise<void> {
    await this.app.expectSignal('navigated', () => this.row(name).getByRole('link', { name, exact: true }).click())
    await this.page.getByTestId('platform-title').getByText(name, { exact: true }).waitFor()
  }

  /** The details table of the platform page, as text. */
  get details(): Locator {
    return this.page.locator('.ant-descriptions')
  }

  async edit(changes: Partial<PlatformDraft>): Promise<void> {
    await this.page.getByTestId('platform-edit').click()
    await this.form.waitFor()
    await this.fill(changes)
    await this.save()
  }

  async archive(): Promise<void> {
    await this.page.getByTestId('platform-archive').click()
    await this.app.expectSignal('saved', () => this.page.getByTestId('platform-archive-confirm').click())
    await this.page.getByTestId('platform-restore').waitFor()
  }

  async restore(): Promise<void> {
    await this.page.getByTestId('platform-restore').click()
    await this.app.expectSignal('saved', () => this.page.getByTestId('platform-restore-confirm').click())
    await this.page.getByTestId('platform-archive').waitFor()
  }

  async backToList(): Promise<void> {
    await this.app.expectSignal('navigated', () => this.page.getByTestId('platform-back').click())
    await this.page.getByTestId('platform-new').waitFor()
  }
}
