// The lifecycle most end-to-end specs share: a fresh profile (so a fresh store) and the app opened for
// each test, optionally with the demo data loaded; no console errors allowed; the browser closed at the end.
import { afterAll, afterEach, beforeEach, expect } from 'vitest'
import { AppPage } from '../pages/app'
import { WelcomePage } from '../pages/welcome'
import { closeBrowser, newSession, type Session } from './browser'

export interface AppSession {
  readonly s: Session
  readonly app: AppPage
}

/** Registers the hooks; read `.s` and `.app` inside tests. */
export function appSession(options: { demo?: boolean } = {}): AppSession {
  let session: Session | null = null
  let app: AppPage | null = null
  beforeEach(async () => {
    session = await newSession()
    app = new AppPage(session.page, session.baseUrl)
    await app.open()
    if (options.demo) await new WelcomePage(session.page).loadDemo()
  })
  afterEach(async () => {
    const errors = session?.consoleErrors ?? []
    await session?.close()
    expect(errors).toEqual([])
  })
  afterAll(async () => {
    await closeBrowser()
  })
  return {
    get s(): Session {
      if (!session) throw new Error('no session outside a test')
      return session
    },
    get app(): AppPage {
      if (!app) throw new Error('no app outside a test')
      return app
    },
  }
}
