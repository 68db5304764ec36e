// Finding a Chromium to drive. Where none is found the end-to-end tests are skipped with a plain message,
// unless REQUIRE_E2E=1 (set by .ci/run), which makes a missing browser a failure.
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
