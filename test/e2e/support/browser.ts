// One Chromium per test file and a fresh profile (so a fresh IndexedDB) per test. Every request the page
// makes is recorded, so tests can prove that nothing leaves 127.0.0.1.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from './chromium'

export interface Session {
  browser: Browser
  context: BrowserContext
  page: Page
  baseUrl: string
  requests: string[]
  consoleErrors: string[]
  close(): Promise<void>
}

let shared: Browser | null = null

async function browser(): Promise<Browser> {
  if (shared?.isConnected()) return shared
  const executablePath = findChromium()
  if (!executablePath) throw new Error('Chromium not found: set CHROMIUM_PATH')
  shared = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  return shared
}

export async function closeBrowser(): Promise<void> {
  await shared?.close()
  shared = null
}

export async function newSession(options: { locale?: string } = {}): Promise<Session> {
  const b = await browser()
  const context = await b.newContext({ locale: options.locale ?? 'zh-CN', viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  const requests: string[] = []
  const consoleErrors: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  return { browser: b, context, page, baseUrl: inject('baseUrl'), requests, consoleErrors, close: () => context.close() }
}
