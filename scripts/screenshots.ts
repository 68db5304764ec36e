// Screenshots of the app with the demo data loaded, for the README and for looking at what we build:
// `npm run screenshots -- [OUT_DIR]` (default docs/). Builds the renderer first unless SKIP_BUILD=1.
import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { rendererConfig } from '../electron.vite.config'
import { CHROMIUM_ARGS, findChromium } from '../test/e2e/support/chromium'
import { startWebServer } from './web-server'

const out = resolve(process.argv[2] ?? 'docs')
const executablePath = findChromium()
if (!executablePath) {
  console.error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH')
  process.exit(1)
}
if (process.env.SKIP_BUILD !== '1') await build({ ...rendererConfig, configFile: false, logLevel: 'warn' })
await mkdir(out, { recursive: true })
const server = await startWebServer({ root: resolve('out/renderer') })
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  await page.goto(server.url)
  await page.waitForSelector('html[data-ready="true"]')
  await page.screenshot({ path: `${out}/welcome.png` })
  await page.getByTestId('welcome-name').fill('张敏')
  await page.getByTestId('welcome-office').fill('示例市委网信办网络管理处')
  await page.getByTestId('load-demo').click()
  await page.waitForFunction(() => Number(document.documentElement.dataset.signalDemoLoaded ?? '0') > 0, undefined, { timeout: 120_000, polling: 100 })
  await page.getByTestId('nav-overview').waitFor()
  await page.waitForTimeout(800) // charts animate in; this is a picture, not a test
  await page.screenshot({ path: `${out}/screenshot.png` })
  for (const nav of ['import', 'reports', 'accounts', 'findings', 'scorecard', 'inspections', 'rectifications', 'bundles', 'platforms', 'catalogue', 'audit', 'settings']) {
    await page.getByTestId(`nav-${nav}`).click()
    await page.waitForTimeout(500)
    await page.screenshot({ path: `${out}/${nav}.png` })
  }
  console.log(`screenshots in ${out}`)
} finally {
  await browser.close()
  await server.close()
}
