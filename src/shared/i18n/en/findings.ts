// English: the findings feature.
import type { Translation } from '../types'
import type { findings as zh } from '../zh-CN/findings'

export const findings: Translation<typeof zh> = {
  title: 'Findings',
  notFound: 'This finding no longer exists',
  reasonRequired: 'Give a reason for dismissing it',
  phase: {
    reading: 'Reading the reports',
    checking: 'Running the rule checks',
    saving: 'Saving the results',
  },
}
