// The renderer's entry: open the store, read the settings, start i18n in the user's language, render.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { openStore } from '@renderer/db/bootstrap'
import { readSettings } from '@renderer/db/settings'
import { App } from './app/App'
import { DeskProvider } from './app/desk'
import { initI18n } from './app/i18n'
import { session } from './app/session'
import { StartupError } from './app/StartupError'
import { registerBundledFont } from './styles/fonts'
import './styles/global.css'

async function start(): Promise<void> {
  registerBundledFont()
  const root = createRoot(document.getElementById('root') as HTMLElement)
  try {
    const { db, data } = await openStore(session.actor)
    const settings = await readSettings(db)
    session.setActor(settings.actor)
    await initI18n(settings.locale)
    root.render(
      <StrictMode>
        <DeskProvider db={db} data={data} initial={settings}>
          <App />
        </DeskProvider>
      </StrictMode>,
    )
  } catch (error) {
    root.render(<StartupError error={error} />)
  }
}

void start()
