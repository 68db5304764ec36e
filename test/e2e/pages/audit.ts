// Page object for the audit log: its entries (newest first) and the check of its hash chain.
import type { Locator, Page } from 'playwright-core'
import type { AppPage } from './app'

export class AuditLogPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.nav('audit')
    await this.entries.first().waitFor()
  }

  /** The entries on the page shown, newest first. */
  get entries(): Locator {
    return this.page.locator('.ant-table-row')
  }

  /** Entries whose row mentions `text` (an action's label such as 新建平台, or its object). */
  entriesWith(text: string): Locator {
    return this.entries.filter({ hasText: text })
  }

  /** Runs 校验完整性 and tells whether the chain verified intact. */
  async verify(): Promise<boolean> {
    await this.app.expectSignal('task-done', () => this.page.getByTestId('audit-verify').click())
    return (await this.page.getByTestId('audit-verdict').getAttribute('data-ok')) === 'true'
  }
}
