// English: the welcome feature.
import type { Translation } from '../types'
import type { welcome as zh } from '../zh-CN/welcome'

export const welcome: Translation<typeof zh> = {
  title: '',
}
