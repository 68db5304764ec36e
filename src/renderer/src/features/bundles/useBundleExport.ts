// Exporting inspections to a bundle: packed in the worker (with progress and Cancel), saved through the
// Host (a native dialog on the desktop, a download in a browser), then recorded in the audit log
// (`bundle.export`, the last export kept as a setting) — only once the file was actually saved.
import { App } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { BUNDLE_EXTENSION } from '@shared/bundles/format'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { useHost } from '@renderer/host'
import { TaskCancelled } from '@renderer/lib/tasks'
import { startBundleWorker } from './client'
import { errorText } from './labels'

export function useBundleExport() {
  const { t } = useTranslation()
  const { db, data, settings } = useDesk()
  const host = useHost()
  const { message } = App.useApp()
  const { track, modal, running } = useTask()

  const run = async (inspectionIds: string[]): Promise<void> => {
    const appVersion = (await host.info().catch(() => null))?.version ?? ''
    const exportedAt = new Date().toISOString()
    try {
      const result = await track(t('bundles.export.task'), async (options) => {
        const session = startBundleWorker()
        try {
          return await session.call('export', { dbName: db.name, inspectionIds, actor: settings.actor, appVersion, exportedAt }, options)
        } finally {
          session.terminate()
        }
      })
      const saved = await host.saveFile({
        title: t('bundles.export.dialogTitle'),
        suggestedName: t('bundles.export.fileName', { date: dayjs(exportedAt).format('YYYYMMDD-HHmm'), count: result.inspections }),
        filters: [{ name: t('bundles.export.filterName'), extensions: [BUNDLE_EXTENSION] }],
        data: result.bytes,
      })
      if (!saved.saved) return
      const record = { fileName: saved.name, manifestSha256: result.manifestSha256, inspectionIds, exportedAt, size: result.bytes.length }
      await data.write(
        { action: 'bundle.export', entity: 'bundle', entityId: result.manifestSha256, summary: `${saved.name}（${result.inspections} 项检查）` },
        ['settings'],
        (tx) => tx.put('settings', { key: 'bundles.lastExport', value: record }),
      )
      void message.success(t('bundles.export.done', { name: saved.name, count: result.inspections, files: result.files }))
      emitSignal('bundle-exported', { name: saved.name, manifestSha256: result.manifestSha256 })
    } catch (error) {
      if (error instanceof TaskCancelled) void message.info(t('bundles.export.cancelled'))
      else void message.error(t('bundles.export.failed', { detail: errorText(t, error) }))
    }
  }

  return { run, modal, running }
}
