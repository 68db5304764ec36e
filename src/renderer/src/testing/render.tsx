// Rendering a feature's routes in jsdom as the app does: i18n, the store's context, Ant Design's App and a
// router at `path`. Component tests share this instead of each building the same provider stack.
import { render, type RenderResult } from '@testing-library/react'
import { App as AntApp } from 'antd'
import type { ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { MemoryRouter, Routes } from 'react-router'
import { DeskProvider } from '@renderer/app/desk'
import { i18n } from '@renderer/app/i18n'
import type { DataLayer } from '@renderer/db/data-layer'
import type { DeskDatabase } from '@renderer/db/database'
import { DEFAULT_SETTINGS, type Settings } from '@renderer/db/settings'

export interface TestStore {
  db: DeskDatabase
  data: DataLayer
}

/** Renders `<Route>` elements at `path` inside the app's providers. */
export function renderRoutes(store: TestStore, path: string, routes: ReactNode, settings: Settings = DEFAULT_SETTINGS): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <DeskProvider db={store.db} data={store.data} initial={settings}>
        <AntApp>
          <MemoryRouter initialEntries={[path]}>
            <Routes>{routes}</Routes>
          </MemoryRouter>
        </AntApp>
      </DeskProvider>
    </I18nextProvider>,
  )
}
