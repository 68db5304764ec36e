import { describe, expect, it } from 'vitest'
import { creditCodeProblem, withCheckChar } from './credit-code'

describe('unified social credit code', () => {
  it('accepts codes whose check character is right', () => {
    // the specimen code printed in GB 32100-2015's examples
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull()
  })

  it('detects any single changed character', () => {
    const code = withCheckChar('91110108MA01ABCD3')
    expect(creditCodeProblem(code)).toBeNull()
    for (let i = 0; i < 17; i++) {
      const changed = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1)
      expect(creditCodeProblem(changed)).toBe('validation.creditCode.checksum')
    }
  })

  it('names the problem: length, characters, check character', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('validation.creditCode.length')
    expect(creditCodeProblem('91350100M000100YO3')).toBe('validation.creditCode.chars')
    expect(creditCodeProblem('91350100M000100Y44')).toBe('validation.creditCode.checksum')
  })

  it('accepts lower case and surrounding spaces', () => {
    expect(creditCodeProblem(' 91350100m000100y43 ')).toBeNull()
  })
})
