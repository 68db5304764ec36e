import type { MessageInstance } from 'antd/es/message/interface'
import type { TFunction } from 'i18next'
import { describe, expect, it, vi } from 'vitest'
import { UserError } from '@renderer/db/data-layer'
import { showFailure } from './failure'

describe('saying why something failed', () => {
  const t = ((key: string, params?: Record<string, unknown>) => `${key}${params ? JSON.stringify(params) : ''}`) as unknown as TFunction

  it('says a refusal in its own words, and says anything else as the generic error after logging it', () => {
    const error = vi.fn()
    const message = { error } as unknown as MessageInstance
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    showFailure(message, t, new UserError({ key: 'validation.duplicateFile', params: { name: 'a.csv' } }))
    expect(error).toHaveBeenLastCalledWith('validation.duplicateFile{"name":"a.csv"}')
    expect(log).not.toHaveBeenCalled()
    const unexpected = new Error('disk full')
    showFailure(message, t, unexpected)
    expect(error).toHaveBeenLastCalledWith('common.error')
    expect(log).toHaveBeenCalledWith(unexpected)
    log.mockRestore()
  })
})
