// Runs the end-to-end tests, or says plainly why it cannot: no Chromium means a skip (a failure when
// REQUIRE_E2E=1, as in CI).
import { spawnSync } from 'node:child_process'
import { findChromium } from '../test/e2e/support/chromium'

const chromium = findChromium()
if (!chromium) {
  const msg = 'Chromium was not found (looked for CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).'
  if (process.env.REQUIRE_E2E === '1') {
    console.error(`${msg} End-to-end tests are required here (REQUIRE_E2E=1): install it with 'apt-get install -y chromium'.`)
    process.exit(1)
  }
  console.warn(`${msg}\nEnd-to-end tests SKIPPED. Install it ('apt-get install -y chromium') or set CHROMIUM_PATH to run them.`)
  process.exit(0)
}
console.log(`End-to-end tests with ${chromium}`)
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
})
process.exit(result.status ?? 1)
