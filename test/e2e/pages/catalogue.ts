// Page object for the catalogue 检查目录: the list of versions, one version's articles, requirements and
// search, the new-version drawer, and import (a file chooser) and export (a download) of catalogue files.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import type { AppPage } from './app'

export type VersionStatus = 'active' | 'pending' | 'superseded'

export interface Exported {
  fileName: string
  text: string
}

export class CataloguePage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.nav('catalogue')
    await this.versionRows.first().waitFor()
  }

  get versionRows(): Locator {
    return this.page.getByTestId('catalogue-version-row')
  }

  versionRow(id: string): Locator {
    return this.page.locator(`[data-testid="catalogue-version-row"][data-catalogue-id="${id}"]`)
  }

  async statusOf(id: string): Promise<VersionStatus | null> {
    return (await this.versionRow(id).getByTestId('catalogue-status').getAttribute('data-status')) as VersionStatus | null
  }

  /** The notice above the list naming the version in force today. */
  get activeNotice(): Locator {
    return this.page.getByTestId('catalogue-active')
  }

  async openVersion(id: string): Promise<void> {
    await this.app.expectSignal('navigated', () => this.versionRow(id).getByRole('link').first().click())
    await this.shownVersion(id).waitFor()
  }

  /** The version page of `id`, once it shows. */
  shownVersion(id: string): Locator {
    return this.page.locator(`[data-testid="catalogue-version"][data-catalogue-id="${id}"]`)
  }

  /** The article sections of the version page (N1 … N13). */
  get articles(): Locator {
    return this.page.locator('[data-testid^="article-N"]')
  }

  /** The requirements shown on the version page (all, or those the search found). */
  get requirements(): Locator {
    return this.page.locator('[data-testid^="requirement-N"]')
  }

  requirement(id: string): Locator {
    return this.page.getByTestId(`requirement-${id}`)
  }

  async search(term: string): Promise<void> {
    // Input.Search puts the test id on its wrapper
    await this.page.getByTestId('requirement-search').locator('input').fill(term)
  }

  get searchResult(): Locator {
    return this.page.getByTestId('requirement-search-result')
  }

  async showParameters(): Promise<void> {
    await this.page.getByRole('tab', { name: /^核查参数/ }).click()
  }

  /** A parameter's value in the version page's parameter table. */
  parameterValue(key: string): Locator {
    return this.page.getByTestId(`parameter-value-${key}`)
  }

  get versionForm(): Locator {
    return this.page.getByTestId('new-version-form')
  }

  async startNewVersion(): Promise<void> {
    await this.page.getByTestId('new-version').click()
    await this.versionForm.waitFor()
  }

  /** The input of a parameter in the new-version form; `end` for one end of a range. */
  parameterInput(key: string, end?: 'min' | 'max'): Locator {
    return this.page.getByTestId(end ? `parameter-${key}-${end}` : `parameter-${key}`)
  }

  async setParameter(key: string, value: number, end?: 'min' | 'max'): Promise<void> {
    await this.parameterInput(key, end).fill(String(value))
  }

  /** The message beside the form field holding `input`. */
  fieldError(input: Locator): Locator {
    return this.page.locator('.ant-form-item').filter({ has: input }).last().locator('.ant-form-item-explain-error')
  }

  async setEffectiveFrom(date: string): Promise<void> {
    const input = this.page.getByTestId('new-version-effective')
    await input.click()
    await input.fill(date)
    await input.press('Enter')
  }

  /** Saves the new version and waits until it is stored and its page shows. */
  async saveVersion(id: string): Promise<void> {
    await this.app.expectSignal('saved', () => this.page.getByTestId('new-version-save').click())
    await this.shownVersion(id).waitFor()
  }

  /** Clicks save without expecting it to succeed. */
  async trySaveVersion(): Promise<void> {
    await this.page.getByTestId('new-version-save').click()
  }

  async closeVersionForm(): Promise<void> {
    await this.page.locator('.ant-drawer').filter({ has: this.versionForm }).getByRole('button', { name: /^取\s*消$/ }).click()
    await this.versionForm.waitFor({ state: 'detached' })
  }

  /** Exports the version shown and returns the file the browser downloaded. */
  async export(): Promise<Exported> {
    const downloading = this.page.waitForEvent('download')
    await this.page.getByTestId('catalogue-export').click()
    const download = await downloading
    return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') }
  }

  /** Picks `text` as the file to import (from the list page); waits for neither success nor refusal. */
  async importFile(name: string, text: string): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser')
    await this.page.getByTestId('catalogue-import').click()
    const chooser = await choosing
    await chooser.setFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/yaml', buffer: Buffer.from(text, 'utf8') })
  }

  /** The list of problems a refused import shows. */
  get problemList(): Locator {
    return this.page.getByTestId('catalogue-problems')
  }

  get problems(): Locator {
    return this.page.getByTestId('catalogue-problem')
  }
}
