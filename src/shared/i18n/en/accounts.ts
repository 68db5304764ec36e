// English: the accounts feature.
import type { Translation } from '../types'
import type { accounts as zh } from '../zh-CN/accounts'

export const accounts: Translation<typeof zh> = {
  title: '',
}
