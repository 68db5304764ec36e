// Page object for the overview 工作概览: its headline numbers and the period they cover.
import type { Locator, Page } from 'playwright-core'
import { parseCount, type AppPage } from './app'

export type Kpi = 'platforms' | 'reports' | 'dispositions' | 'accounts'

export class OverviewPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  /** Goes to the overview from another page (navigating to the page already shown emits nothing). */
  async open(): Promise<void> {
    await this.app.nav('overview')
    await this.page.getByTestId('overview').or(this.page.getByTestId('overview-empty')).waitFor()
  }

  /** The overview of a store without reports. */
  get empty(): Locator {
    return this.page.getByTestId('overview-empty')
  }

  async kpi(key: Kpi): Promise<number> {
    return parseCount(await this.page.getByTestId(`overview-kpi-${key}`).textContent())
  }

  /** Shows all reports' periods instead of the newest quarter. */
  async showAllPeriods(): Promise<void> {
    await this.app.choose('overview-period', '全部期间')
  }
}
