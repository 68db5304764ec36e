// English: the reports feature.
import type { Translation } from '../types'
import type { reports as zh } from '../zh-CN/reports'

export const reports: Translation<typeof zh> = {
  title: '',
}
