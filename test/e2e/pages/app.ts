// Page object for the shell: opening the app, waiting on the signals it emits, navigating, switching language,
// and the Ant Design select that several pages use for filters.
import type { Page } from 'playwright-core'
import type { NavKey } from '../../../src/renderer/src/app/nav'
import type { SignalName } from '../../../src/renderer/src/app/signals'

export type Nav = NavKey
export type Signal = SignalName

function signalAttr(name: Signal): string {
  return `signal${name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase())}`
}

/** A number as the app prints it (`4,929`, `4929`). */
export function parseCount(text: string | null): number {
  const digits = (text ?? '').replace(/[^\d]/g, '')
  if (digits === '') throw new Error(`not a number: ${JSON.stringify(text)}`)
  return Number(digits)
}

export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = ''): Promise<void> {
    await this.page.goto(`${this.baseUrl}#/${path}`)
    await this.page.waitForSelector('html[data-ready="true"]')
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.page.waitForSelector('html[data-ready="true"]')
  }

  async signalCount(name: Signal): Promise<number> {
    return this.page.evaluate((attr) => Number(document.documentElement.dataset[attr] ?? '0'), signalAttr(name))
  }

  /** Runs `action` and waits until the app has emitted `name` once more. */
  async expectSignal(name: Signal, action: () => Promise<void>): Promise<void> {
    const before = await this.signalCount(name)
    await action()
    await this.page.waitForFunction(([attr, n]) => Number(document.documentElement.dataset[attr] ?? '0') > n, [signalAttr(name), before] as const)
  }

  async nav(to: Nav): Promise<void> {
    await this.expectSignal('navigated', () => this.page.getByTestId(`nav-${to}`).click())
  }

  async switchLocale(label: '中文' | 'EN'): Promise<void> {
    await this.page.getByTestId('locale-switch').getByText(label, { exact: true }).click()
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, label === 'EN' ? 'en' : 'zh-CN')
  }

  /** Picks `label` in the Ant Design select marked `testId` (its options live in a popup outside it). */
  async choose(testId: string, label: string): Promise<void> {
    await this.page.getByTestId(testId).click()
    await this.page.locator(`.ant-select-item-option[title="${label}"]:visible`).click()
    await this.page.getByTestId(testId).locator(`.ant-select-content[title="${label}"]`).waitFor()
  }
}
