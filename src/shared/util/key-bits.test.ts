import { describe, expect, it } from 'vitest'
import { KeyBits, hashString } from './key-bits'

describe('KeyBits', () => {
  it('keeps each key with its own bits and says when nothing new was set', () => {
    const set = new KeyBits()
    expect(set.add('D1', 0b01)).toBe(true)
    expect(set.add('D1', 0b01)).toBe(false)
    expect(set.add('D1', 0b10)).toBe(true)
    expect(set.add('D1', 0b11)).toBe(false)
    expect(set.add('D2', 0b10)).toBe(true)
    expect(set.get('D1')).toBe(0b11)
    expect(set.get('D2')).toBe(0b10)
    expect(set.get('D3')).toBe(0)
    expect(set.size).toBe(2)
  })

  it('tells apart keys whose hashes agree', () => {
    // find two short strings with the same hash by brute force over a small alphabet
    const seen = new Map<number, string>()
    let pair: [string, string] | null = null
    for (let i = 0; pair === null && i < 1 << 22; i++) {
      const key = i.toString(36)
      const h = hashString(key)
      const other = seen.get(h)
      if (other !== undefined) pair = [other, key]
      else seen.set(h, key)
    }
    expect(pair).not.toBeNull()
    const [a, b] = pair as [string, string]
    expect(hashString(a)).toBe(hashString(b))
    const set = new KeyBits()
    expect(set.add(a, 1)).toBe(true)
    expect(set.get(b)).toBe(0)
    expect(set.add(b, 1)).toBe(true)
    expect(set.add(a, 1)).toBe(false)
    expect(set.add(b, 1)).toBe(false)
    expect(set.size).toBe(2)
  })

  it('stays exact across growth and packed chunks, against a Map', () => {
    const set = new KeyBits()
    const model = new Map<string, number>()
    let seed = 7
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0)
    for (let i = 0; i < 60_000; i++) {
      // ids of varying length, many repeated, with an empty string and non-ASCII among them
      const n = next() % 20_000
      const key = n === 0 ? '' : n % 7 === 0 ? `账号${n}` : `D${n.toString(16)}`
      const bit = 1 << next() % 31
      const had = model.get(key) ?? 0
      expect(set.add(key, bit)).toBe((had & bit) === 0)
      model.set(key, had | bit)
    }
    expect(set.size).toBe(model.size)
    for (const [key, bits] of model) expect(set.get(key)).toBe(bits)
    expect(new Map(set)).toEqual(model)
    expect([...set].map(([k]) => k)).toEqual([...model.keys()])
  })

  it('numbers keys in the order they first came', () => {
    const set = new KeyBits()
    const ids = Array.from({ length: 10_000 }, (_, i) => `u${(i * 7919) % 5000}`)
    const model = new Map<string, number>()
    for (const id of ids) {
      const known = model.get(id)
      const got = set.intern(id)
      if (known === undefined) {
        expect(got).toBe(-(model.size + 1))
        model.set(id, model.size)
      } else expect(got).toBe(known)
    }
    expect(set.size).toBe(model.size)
    expect([...set].map(([key]) => key)).toEqual([...model.keys()])
  })

  it('takes a guess of its size, but never allocates for an absurd one', () => {
    const set = new KeyBits(2 ** 40)
    expect(set.add('D1', 1)).toBe(true)
    expect(set.get('D1')).toBe(1)
  })
})
