// 导出通知书 PDF: the notice made in a worker (with the progress window), then saved through the host — a
// save dialog on the desktop, a download in a browser.
import { FilePdfOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Rectification } from '@shared/domain/findings'
import { emitSignal } from '@renderer/app/signals'
import { useTask } from '@renderer/components/TaskProgressModal'
import { useHost } from '@renderer/host'
import { TaskCancelled, TaskFailed } from '@renderer/lib/tasks'
import type { PdfRenderer } from './pdf-client'

/** A file name without the characters file systems refuse. */
function fileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]/g, '_')
}

export function PdfButton({ order, renderer }: { order: Rectification; renderer: PdfRenderer }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const host = useHost()
  const task = useTask()

  const exportPdf = async () => {
    try {
      const bytes = await task.track(t('rectifications.pdf.title'), (options) => renderer(order, options))
      const suggestedName = fileName(t('rectifications.pdf.fileName', { number: order.documentNumber }))
      const saved = await host.saveFile({ title: t('rectifications.pdf.saveTitle'), suggestedName, filters: [{ name: t('rectifications.pdf.fileType'), extensions: ['pdf'] }], data: bytes })
      if (!saved.saved) return
      void message.success(t('rectifications.pdf.saved', { name: saved.name }))
      emitSignal('rectification-pdf', { id: order.id, bytes: bytes.byteLength, name: saved.name })
    } catch (e) {
      if (e instanceof TaskCancelled) return
      const detail = e instanceof TaskFailed && e.userMessage ? t(e.userMessage.key, e.userMessage.params) : e instanceof Error ? e.message : String(e)
      void message.error(t('rectifications.pdf.failed', { detail }))
    }
  }

  return (
    <>
      <Button icon={<FilePdfOutlined />} loading={task.running} onClick={() => void exportPdf()} data-testid="rectification-pdf">
        {t('rectifications.actions.pdf')}
      </Button>
      {task.modal}
    </>
  )
}
