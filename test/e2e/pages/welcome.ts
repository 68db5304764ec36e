// Page object for the first-run screen.
import type { Page } from 'playwright-core'

export class WelcomePage {
  constructor(readonly page: Page) {}

  async fillProfile(name: string, office: string): Promise<void> {
    await this.page.getByTestId('welcome-name').fill(name)
    await this.page.getByTestId('welcome-office').fill(office)
  }

  async startEmpty(): Promise<void> {
    await this.page.getByTestId('start-empty').click()
    await this.page.getByTestId('nav-overview').waitFor()
  }

  /** Loads the demo data set and waits for the worker to finish. */
  async loadDemo(): Promise<void> {
    const before = await this.page.evaluate(() => Number(document.documentElement.dataset.signalDemoLoaded ?? '0'))
    await this.page.getByTestId('load-demo').click()
    await this.page.waitForFunction((n) => Number(document.documentElement.dataset.signalDemoLoaded ?? '0') > n, before, { timeout: 120_000 })
    await this.page.getByTestId('nav-overview').waitFor()
  }
}
