// Page object for the first-run screen: who is using the desk, and starting with the demo or an empty store.
import type { Locator, Page } from 'playwright-core'

function demoLoadedCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset.signalDemoLoaded ?? '0'))
}

export class WelcomePage {
  constructor(readonly page: Page) {}

  /** The profile form, present only while the first-run screen is shown. */
  get form(): Locator {
    return this.page.getByTestId('welcome-name')
  }

  /** The progress window of the task running on this screen. */
  get progress(): Locator {
    return this.page.getByTestId('task-progress')
  }

  async fillProfile(name: string, office: string): Promise<void> {
    await this.page.getByTestId('welcome-name').fill(name)
    await this.page.getByTestId('welcome-office').fill(office)
  }

  async startEmpty(): Promise<void> {
    await this.page.getByTestId('start-empty').click()
    await this.page.getByTestId('nav-overview').waitFor()
  }

  /** Starts loading the demo and returns once its progress window shows; the load goes on in a worker. */
  async startDemo(): Promise<void> {
    await this.page.getByTestId('load-demo').click()
    await this.progress.waitFor()
  }

  /** Cancel in the progress window. */
  async cancelTask(): Promise<void> {
    await this.page.getByTestId('task-cancel').click()
  }

  /** Loads the demo data set and waits for the worker to finish. */
  async loadDemo(): Promise<void> {
    const before = await demoLoadedCount(this.page)
    await this.page.getByTestId('load-demo').click()
    await this.page.waitForFunction((n) => Number(document.documentElement.dataset.signalDemoLoaded ?? '0') > n, before, { timeout: 120_000 })
    await this.page.getByTestId('nav-overview').waitFor()
  }
}
