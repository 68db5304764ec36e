// Page object for 现场数据包 field bundles: choosing inspections and exporting them (a download), opening a
// bundle (a file chooser) to a preview or a refusal, deciding conflicts, importing, and the summary.
import { readFile } from 'node:fs/promises'
import type { Locator, Page } from 'playwright-core'
import type { AppPage } from './app'

export interface BundleFile {
  name: string
  bytes: Buffer
}

export interface ImportCounts {
  added: number
  updated: number
  unchanged: number
  keptLocal: number
  conflicts: number
  tookIncoming: number
  /** findings left by inspections that arrived closed */
  findings: number
}

export type Opened = 'preview' | 'refused'

export class BundlesPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(): Promise<void> {
    await this.app.nav('bundles')
    await this.page.getByTestId('bundle-import').waitFor()
  }

  get exportRows(): Locator {
    return this.page.getByTestId('bundle-export-table').getByTestId('bundle-export-row')
  }

  exportRow(id: string): Locator {
    return this.page.locator(`[data-testid="bundle-export-row"][data-id="${id}"]`)
  }

  /** Ticks the rows of these inspections (by title) in the export table. */
  async select(...titles: string[]): Promise<void> {
    for (const title of titles) await this.exportRows.filter({ hasText: title }).locator('input[type="checkbox"]').check()
  }

  /** Exports what is ticked and returns the file the browser downloaded. */
  async exportSelected(): Promise<BundleFile> {
    const downloading = this.page.waitForEvent('download')
    await this.app.expectSignal('bundle-exported', () => this.page.getByTestId('bundle-export').click())
    const download = await downloading
    await this.settled()
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) }
  }

  /** Picks `file` to import and waits until it is either previewed or refused. */
  async openBundle(file: BundleFile): Promise<Opened> {
    const before = { opened: await this.app.signalCount('bundle-opened'), refused: await this.app.signalCount('bundle-refused') }
    const choosing = this.page.waitForEvent('filechooser')
    await this.page.getByTestId('bundle-import').click()
    await (await choosing).setFiles({ name: file.name, mimeType: 'application/zip', buffer: file.bytes })
    await this.page.waitForFunction(
      ({ opened, refused }) => Number(document.documentElement.dataset.signalBundleOpened ?? '0') > opened || Number(document.documentElement.dataset.signalBundleRefused ?? '0') > refused,
      before,
    )
    await this.settled()
    return (await this.app.signalCount('bundle-opened')) > before.opened ? 'preview' : 'refused'
  }

  /** Once the progress window of the task that just ended has gone. */
  async settled(): Promise<void> {
    // each card has its own progress window: wait until none shows
    await this.page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('[data-testid="task-progress"]')).every((e) => e.offsetParent === null))
  }

  /** The refusal shown, with the reason's key. */
  get refused(): Locator {
    return this.page.getByTestId('bundle-refused')
  }

  get conflicts(): Locator {
    return this.page.getByTestId('bundle-conflict')
  }

  conflict(id: string): Locator {
    return this.page.locator(`[data-testid="bundle-conflict"][data-id="${id}"]`)
  }

  async choose(id: string, side: 'local' | 'incoming'): Promise<void> {
    const conflict = this.conflict(id)
    await conflict.getByTestId(`bundle-choose-${side}`).click()
    await this.page.locator(`[data-testid="bundle-conflict"][data-id="${id}"][data-choice="${side}"]`).waitFor()
  }

  /** Imports the bundle previewed and returns the summary's counts. */
  async apply(): Promise<ImportCounts> {
    await this.app.expectSignal('bundle-imported', () => this.page.getByTestId('bundle-apply').click())
    await this.settled()
    return this.summary()
  }

  /** Opens `file`, imports it as previewed (it must have no open conflicts) and returns the counts. */
  async importBundle(file: BundleFile): Promise<ImportCounts> {
    const opened = await this.openBundle(file)
    if (opened !== 'preview') throw new Error(`bundle refused: ${(await this.refused.textContent()) ?? ''}`)
    return this.apply()
  }

  async summary(): Promise<ImportCounts> {
    const summary = this.page.getByTestId('bundle-summary')
    await summary.waitFor()
    const read = async (attr: string) => Number(await summary.getAttribute(`data-${attr}`))
    return {
      added: await read('added'),
      updated: await read('updated'),
      unchanged: await read('unchanged'),
      keptLocal: await read('kept-local'),
      conflicts: await read('conflicts'),
      tookIncoming: await read('took-incoming'),
      findings: await read('findings'),
    }
  }
}
