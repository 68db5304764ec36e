import { describe, expect, it } from 'vitest'
import { sha256Hex } from '@shared/util/hash'
import { webSha256 } from './digest'

describe('webSha256', () => {
  it('gives the same hex digest as the JavaScript implementation', async () => {
    const bytes = new TextEncoder().encode('处置编号,账号ID\nD1,u1\n'.repeat(1000))
    expect(await webSha256(bytes)).toBe(sha256Hex(bytes))
    expect(await webSha256(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })
})
