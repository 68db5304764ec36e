// Page object for the import page: choose the platform and a file, read the preview, validate, export the
// rejected rows, commit, and wait for the rule checks that follow.
import type { Download, Page } from 'playwright-core'
import type { AppPage } from './app'

export interface FileToImport {
  name: string
  mimeType: string
  buffer: Buffer
}

export class ImportPage {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async open(platform: string): Promise<void> {
    await this.app.nav('import')
    await this.app.choose('import-platform', platform)
  }

  /** Chooses a file through the browser's file input and waits for its preview (or its one message). */
  async choose(file: FileToImport): Promise<void> {
    await this.app.expectSignal('import-previewed', async () => {
      const chooser = this.page.waitForEvent('filechooser')
      await this.page.getByTestId('import-choose-file').click()
      await (await chooser).setFiles(file)
    })
  }

  async validate(): Promise<{ rows: number; accepted: number; rejected: number; duplicates: number }> {
    await this.app.expectSignal('import-staged', () => this.page.getByTestId('import-validate').click())
    const counts = this.page.getByTestId('import-counts')
    const n = async (attr: string) => Number(await counts.getAttribute(attr))
    return { rows: await n('data-rows'), accepted: await n('data-accepted'), rejected: await n('data-rejected'), duplicates: await n('data-duplicates') }
  }

  async exportRejected(format: 'csv' | 'xlsx'): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.page.getByTestId('import-export-rejected').click()
    await this.page.getByTestId(`import-export-${format}`).click()
    return download
  }

  /** Commits and waits for the rule checks that every import runs after its commit. */
  async commit(): Promise<{ findings: number; added: number }> {
    await this.app.expectSignal('rules-done', () => this.page.getByTestId('import-commit').click())
    const rules = this.page.getByTestId('import-rules')
    return { findings: Number(await rules.getAttribute('data-findings')), added: Number(await rules.getAttribute('data-added')) }
  }
}
