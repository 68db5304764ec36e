// English: the inspections feature.
import type { Translation } from '../types'
import type { inspections as zh } from '../zh-CN/inspections'

export const inspections: Translation<typeof zh> = {
  title: 'Inspections',
  closedImmutable: 'This inspection is closed; its records can no longer be changed',
}
