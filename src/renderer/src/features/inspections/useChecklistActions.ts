// What the checklist's controls do: each wraps a service call with the editor, a signal for whoever watches
// (end-to-end tests) and a message when the store refuses — in the user's words, never a stack trace.
import { App } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ItemResult } from '@shared/domain/findings'
import { useDesk } from '@renderer/app/desk'
import { emitSignal } from '@renderer/app/signals'
import { useHost } from '@renderer/host'
import { showFailure } from '@renderer/lib/failure'
import { compactTime, extensionOf } from './evidence'
import { useEditor } from './hooks'
import { addAttachment, removeAttachment, removeCustomItem, setAttachmentSource, setItemNotes, setItemResult } from './service'

export interface ChecklistActions {
  setResult(itemId: string, result: ItemResult): Promise<void>
  setNotes(itemId: string, notes: string): Promise<void>
  /** asks the host for files and stores each as evidence */
  attachFiles(itemId: string): Promise<void>
  /** stores images pasted from the clipboard */
  attachPasted(itemId: string, files: readonly File[]): Promise<void>
  setSource(attachmentId: string, url: string): Promise<boolean>
  removeAttachment(attachmentId: string): Promise<void>
  removeItem(itemId: string): Promise<void>
}

export function useChecklistActions(): ChecklistActions {
  const { t } = useTranslation()
  const { data } = useDesk()
  const editor = useEditor()
  const host = useHost()
  const { message } = App.useApp()

  return useMemo(() => {
    const report = (error: unknown): false => {
      showFailure(message, t, error)
      return false
    }
    const attach = async (itemId: string, files: readonly File[], pasted: boolean) => {
      for (const file of files) {
        const now = new Date()
        try {
          const stored = await addAttachment(data, editor, itemId, {
            data: file,
            name: pasted ? t('inspections.attachment.pastedName', { time: compactTime(now), ext: extensionOf(file.type) }) : file.name,
            type: file.type,
            // a picked file's own time is when it was taken or saved; a paste is captured now
            capturedAt: !pasted && file.lastModified > 0 ? new Date(file.lastModified).toISOString() : now.toISOString(),
          })
          emitSignal('inspection-evidence-added', { itemId, id: stored.id, sha256: stored.sha256 })
          void message.success(t('inspections.attachment.added', { name: stored.name }))
        } catch (error) {
          report(error)
        }
      }
    }
    return {
      setResult: async (itemId, result) => {
        try {
          await setItemResult(data, editor, itemId, result)
          emitSignal('inspection-item-saved', { itemId, result })
        } catch (error) {
          report(error)
        }
      },
      setNotes: async (itemId, notes) => {
        try {
          await setItemNotes(data, editor, itemId, notes)
          emitSignal('inspection-item-saved', { itemId })
        } catch (error) {
          report(error)
        }
      },
      attachFiles: async (itemId) => {
        const files = await host.openFiles({
          title: t('inspections.item.attachTitle'),
          filters: [{ name: t('inspections.item.attachFilter'), extensions: ['*'] }],
          multiple: true,
        })
        await attach(itemId, files, false)
      },
      attachPasted: (itemId, files) => attach(itemId, files, true),
      setSource: async (attachmentId, url) => {
        try {
          await setAttachmentSource(data, editor, attachmentId, url)
          return true
        } catch (error) {
          return report(error)
        }
      },
      removeAttachment: async (attachmentId) => {
        try {
          await removeAttachment(data, editor, attachmentId)
        } catch (error) {
          report(error)
        }
      },
      removeItem: async (itemId) => {
        try {
          await removeCustomItem(data, editor, itemId)
        } catch (error) {
          report(error)
        }
      },
    } satisfies ChecklistActions
  }, [data, editor, host, message, t])
}
