// Page object for the inspection steps a field bundle carries: planning an inspection, filling its checklist
// (result, notes, evidence), signing it off, and reading it back. Written against the inspections UI's
// data-testids; it waits on the signals that UI emits, never on timers.
import type { Locator, Page } from 'playwright-core'
import type { AppPage } from './app'

export interface PlanDraft {
  platform: string
  /** the kind's label, e.g. 现场检查 */
  kind: string
  title: string
  start: string
  end: string
  team: string[]
}

export interface ItemState {
  requirement: string
  result: string
  notes: string
  evidence: string[]
}

export type Result = 'compliant' | 'partial' | 'nonCompliant' | 'notApplicable' | 'notAssessed'

export class InspectionFlow {
  readonly page: Page

  constructor(readonly app: AppPage) {
    this.page = app.page
  }

  async openList(): Promise<void> {
    await this.app.nav('inspections')
    await this.page.getByTestId('inspection-new').waitFor()
  }

  row(title: string): Locator {
    return this.page.getByTestId('inspection-row').filter({ hasText: title })
  }

  /** Plans an inspection and lands on its page. */
  async plan(draft: PlanDraft): Promise<void> {
    await this.page.getByTestId('inspection-new').click()
    const form = this.page.getByTestId('inspection-form')
    await form.waitFor()
    await this.app.choose('inspection-platform', draft.platform)
    await form.getByTestId('inspection-kind').getByText(draft.kind, { exact: true }).click()
    await form.getByTestId('inspection-title').fill(draft.title)
    // the range picker's two inputs (its test id lands on one of them); typed dates are taken as focus
    // moves on — Enter would submit the form
    const dates = form.locator('.ant-picker-range input')
    await dates.nth(0).click()
    await dates.nth(0).fill(draft.start)
    await dates.nth(1).click()
    await dates.nth(1).fill(draft.end)
    await form.getByTestId('inspection-title').click()
    await form.locator('.ant-picker-range input').nth(1).and(this.page.locator(`[value="${draft.end}"]`)).waitFor()
    // a tags field: names typed with a separator become tags; the field starts with the user's own name
    await form.locator('#team').click()
    await this.page.keyboard.insertText(`${draft.team.join('、')}、`)
    for (const member of draft.team) await form.locator('.ant-select').filter({ has: this.page.locator('#team') }).getByText(member, { exact: true }).waitFor()
    // out of the tags field before saving, so the click lands on a settled form
    await form.getByTestId('inspection-title').click()
    await this.app.expectSignal('inspection-saved', () => form.getByTestId('inspection-save').click())
    await this.page.getByTestId('inspection-page').waitFor()
  }

  async openInspection(title: string): Promise<void> {
    await this.row(title).getByTestId('inspection-link').click()
    await this.page.getByTestId('inspection-page').waitFor()
  }

  get items(): Locator {
    return this.page.getByTestId('checklist-item')
  }

  item(requirement: string): Locator {
    return this.page.locator(`[data-testid="checklist-item"][data-requirement="${requirement}"]`)
  }

  async requirements(): Promise<string[]> {
    await this.items.first().waitFor()
    return this.items.evaluateAll((els) => els.map((e) => e.getAttribute('data-requirement') ?? ''))
  }

  async setResult(requirement: string, result: Result): Promise<void> {
    const item = this.item(requirement)
    if ((await item.getAttribute('data-result')) === result) return
    await this.app.expectSignal('inspection-item-saved', () => item.getByTestId(`item-result-${result}`).click())
    await this.page.locator(`[data-testid="checklist-item"][data-requirement="${requirement}"][data-result="${result}"]`).waitFor()
  }

  async setNotes(requirement: string, notes: string): Promise<void> {
    const field = this.item(requirement).getByTestId('item-notes')
    await field.fill(notes)
    // leaving the field saves it
    await this.app.expectSignal('inspection-item-saved', () => field.blur())
  }

  /** Attaches a file as evidence and returns the SHA-256 the app recorded for it. */
  async attach(requirement: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
    const item = this.item(requirement)
    const before = await item.getByTestId('attachment').count()
    const choosing = this.page.waitForEvent('filechooser')
    await this.app.expectSignal('inspection-evidence-added', async () => {
      await item.getByTestId('item-attach').click()
      await (await choosing).setFiles(file)
    })
    const added = item.getByTestId('attachment').nth(before)
    await added.waitFor()
    return (await added.getAttribute('data-sha256')) ?? ''
  }

  async submit(): Promise<void> {
    await this.app.expectSignal('inspection-signed', () => this.page.getByTestId('inspection-submit').click())
    await this.page.locator('[data-testid="inspection-page"][data-status="inReview"]').waitFor()
  }

  async accept(): Promise<void> {
    await this.page.getByTestId('inspection-accept').click()
    await this.app.expectSignal('inspection-signed', () => this.page.getByTestId('inspection-accept-confirm').click())
    await this.page.getByTestId('inspection-readonly').waitFor()
  }

  async status(): Promise<string | null> {
    return this.page.getByTestId('inspection-page').getAttribute('data-status')
  }

  /** Each item as the page shows it: requirement, result, notes and the SHA-256 of its evidence. */
  async itemStates(): Promise<ItemState[]> {
    await this.items.first().waitFor()
    return this.items.evaluateAll((els) =>
      els.map((e) => {
        const notes = e.querySelector('[data-testid="item-notes"]')
        return {
          requirement: e.getAttribute('data-requirement') ?? '',
          result: e.getAttribute('data-result') ?? '',
          notes: notes instanceof HTMLTextAreaElement ? notes.value : (notes?.textContent ?? ''),
          evidence: Array.from(e.querySelectorAll('[data-testid="attachment"]')).map((a) => a.getAttribute('data-sha256') ?? ''),
        }
      }),
    )
  }

  /** Waits until every piece of evidence on the page has been re-hashed, and returns each one's verdict. */
  async verifications(): Promise<string[]> {
    const evidence = this.page.getByTestId('attachment')
    await evidence.first().waitFor()
    await this.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="attachment"]')).every((a) => a.getAttribute('data-verified') !== 'checking'))
    return evidence.evaluateAll((els) => els.map((e) => e.getAttribute('data-verified') ?? ''))
  }
}
