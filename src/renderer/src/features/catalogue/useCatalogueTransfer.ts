// Import and export of catalogue files through the Host (native dialogs on the desktop, file input and
// download in a browser). A file with problems imports nothing and leaves them for the page to list.
import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { catalogueFileName, parseCatalogueText, serializeCatalogue } from '@shared/catalogue/io'
import type { Catalogue } from '@shared/catalogue/types'
import type { Problem } from '@shared/i18n'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { UserError } from '@renderer/db/data-layer'
import { useHost } from '@renderer/host'
import { useCatalogueDisplay } from './display'
import { CatalogueRefused, importCatalogue } from './service'
import { catalogueHref } from './useCatalogues'

export interface FailedImport {
  fileName: string
  problems: Problem[]
}

export function useCatalogueImport() {
  const { t } = useTranslation()
  const { data, settings } = useDesk()
  const host = useHost()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const display = useCatalogueDisplay()
  const [failed, setFailed] = useState<FailedImport | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async (): Promise<void> => {
    const [file] = await host.openFiles({
      title: t('catalogue.import.dialogTitle'),
      filters: [{ name: t('catalogue.import.filterName'), extensions: ['json', 'yaml', 'yml'] }],
      multiple: false,
    })
    if (!file) return
    setBusy(true)
    setFailed(null)
    try {
      const parsed = parseCatalogueText(await file.text(), file.name)
      if (!parsed.ok) {
        setFailed({ fileName: file.name, problems: parsed.problems })
        return
      }
      const { catalogue, renumberedFrom } = await importCatalogue(data, parsed.catalogue, { actorName: settings.actor.name })
      void message.success(t('catalogue.import.done', { title: display.title(catalogue), version: catalogue.version }))
      if (renumberedFrom !== null) void message.warning(t('catalogue.import.renumbered', { from: renumberedFrom, version: catalogue.version }), 8)
      emitSignal('saved', { entity: 'catalogue', id: catalogue.id })
      await navigate(catalogueHref(catalogue.id))
    } catch (error) {
      if (error instanceof CatalogueRefused) setFailed({ fileName: file.name, problems: error.problems })
      else if (error instanceof UserError) setFailed({ fileName: file.name, problems: [{ ...error.userMessage, path: '' }] })
      else throw error
    } finally {
      setBusy(false)
    }
  }

  return { run, busy, failed, dismiss: () => setFailed(null) }
}

export function useCatalogueExport() {
  const { t } = useTranslation()
  const host = useHost()
  const { message } = App.useApp()

  return async (catalogue: Catalogue): Promise<void> => {
    const result = await host.saveFile({
      title: t('catalogue.export.dialogTitle'),
      suggestedName: catalogueFileName(catalogue),
      filters: [{ name: t('catalogue.export.filterName'), extensions: ['json'] }],
      data: new Blob([serializeCatalogue(catalogue)], { type: 'application/json' }),
    })
    if (result.saved) void message.success(t('catalogue.export.done', { name: result.name }))
  }
}
