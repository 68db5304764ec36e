// The unified social credit code 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set
// (no I, O, Z, S, V); the last is a check character computed from the first 17 with fixed weights, mod 31.
import type { MessageKey } from '../i18n'

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters, or null when one of them is not allowed. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i))
    if (value < 0) return null
    sum += value * (WEIGHTS[i] ?? 0)
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31)
}

/** Checks a credit code; returns the message key of the first problem, or null when it is valid. */
export function creditCodeProblem(code: string): MessageKey | null {
  const c = code.trim().toUpperCase()
  if (c.length !== 18) return 'validation.creditCode.length'
  for (const ch of c) if (!CHARSET.includes(ch)) return 'validation.creditCode.chars'
  return creditCodeCheckChar(c.slice(0, 17)) === c.charAt(17) ? null : 'validation.creditCode.checksum'
}

/** Completes 17 characters into a valid code (demo data and tests). */
export function withCheckChar(first17: string): string {
  const check = creditCodeCheckChar(first17)
  if (check === null || first17.length !== 17) throw new Error(`not 17 credit-code characters: ${first17}`)
  return first17 + check
}
