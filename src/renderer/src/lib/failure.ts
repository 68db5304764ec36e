// How the app says that something it was asked to do failed: a refusal it expected (a UserError) in its own
// words; anything else is unexpected, logged for whoever looks into it, and said as the generic error.
import type { MessageInstance } from 'antd/es/message/interface'
import type { TFunction } from 'i18next'
import { UserError } from '@renderer/db/data-layer'

export function showFailure(message: MessageInstance, t: TFunction, error: unknown): void {
  if (error instanceof UserError) {
    void message.error(t(error.userMessage.key, error.userMessage.params))
    return
  }
  console.error(error)
  void message.error(t('common.error'))
}
