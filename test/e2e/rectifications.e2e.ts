// Rectification in the browser: from a finding of the rule checks, an order to rectify is issued with its
// legal basis and deadline, the finding moves to 整改中, and the order prints as a PDF with its Chinese text
// embedded (extracted with pdftotext where it is installed, as it is in CI).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appSession } from './support/app-session'

const ctx = appSession({ demo: true })

function pdfText(bytes: Buffer): string | null {
  const which = spawnSync('which', ['pdftotext'])
  if (which.status !== 0) return null
  const dir = mkdtempSync(join(tmpdir(), 'order-'))
  writeFileSync(join(dir, 'order.pdf'), bytes)
  const out = spawnSync('pdftotext', ['-layout', join(dir, 'order.pdf'), '-'], { encoding: 'utf8' })
  return out.status === 0 ? out.stdout : null
}

describe('rectification', () => {
  it('issues an order from a finding and prints it as an official notice', async () => {
    const { s, app } = ctx
    await app.nav('findings')
    await app.expectSignal('rules-done', () => s.page.getByTestId('findings-run').click())
    await s.page.getByTestId('finding-row').first().click()
    await s.page.getByTestId('finding-detail').waitFor()
    const findingId = (await s.page.getByTestId('finding-detail').getAttribute('data-id')) ?? ''

    await s.page.getByTestId('finding-rectify').click()
    await s.page.getByTestId('rectification-form').waitFor()
    // a first order: the office and its document prefix are not known yet
    await s.page.getByTestId('rectification-office').fill('示例市委网信办')
    await s.page.getByTestId('rectification-prefix').fill('示网信整')
    await app.expectSignal('saved', () => s.page.getByTestId('rectification-save').click())
    const detail = s.page.getByTestId('rectification-detail')
    await detail.waitFor()
    expect(await detail.getAttribute('data-status')).toBe('ordered')
    const number = (await s.page.getByTestId('rectification-number').textContent()) ?? ''
    expect(number).toMatch(/示网信整〔\d{4}〕1号/)

    const download = s.page.waitForEvent('download')
    await app.expectSignal('rectification-pdf', () => s.page.getByTestId('rectification-pdf').click())
    const bytes = Buffer.concat((await (await (await download).createReadStream()).toArray()) as Buffer[])
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = pdfText(bytes)
    if (text !== null) {
      const plain = text.replace(/\s+/g, '')
      expect(plain).toContain('责令限期整改通知书')
      expect(plain).toContain(number.replace(/\s+/g, ''))
    }

    // the finding is now under rectification
    await app.open(`findings/${findingId}`)
    await expect.poll(() => s.page.getByTestId('finding-detail').getAttribute('data-status')).toBe('rectifying')
  })
})
