// Proves file names from the page become plain, portable file names, and atomic writes leave no debris.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toPlainFileName, writeFileAtomic } from './files'

describe('toPlainFileName', () => {
  it.each([
    ['报告.pdf', '报告.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\Windows\\system32\\x.dll', 'x.dll'],
    ['a<b>c:d"e|f?g*h.csv', 'a_b_c_d_e_f_g_h.csv'],
    ['tab\there\u0000.json', 'tab_here_.json'],
    ['...hidden.zip', 'hidden.zip'],
    ['trailing. . ', 'trailing'],
    ['CON.zip', '_CON.zip'],
    ['lpt1', '_lpt1'],
  ])('%j → %j', (input, expected) => {
    expect(toPlainFileName(input)).toBe(expected)
  })

  it.each(['', '..', '/', 'a/', ' . '])('%j has no usable name', (input) => {
    expect(toPlainFileName(input)).toBeNull()
  })

  it('shortens long names but keeps the extension', () => {
    const name = toPlainFileName(`${'长'.repeat(400)}.json`)!
    expect(name.length).toBe(150)
    expect(name.endsWith('.json')).toBe(true)
  })
})

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'oversight-files-'))
    try {
      const path = join(dir, 'out.json')
      await writeFileAtomic(path, new TextEncoder().encode('1'))
      await writeFileAtomic(path, new TextEncoder().encode('2'))
      expect(await readFile(path, 'utf8')).toBe('2')
      expect(await readdir(dir)).toEqual(['out.json'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('cleans up when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(tmpdir(), 'no-such-dir-oversight', 'x.json'), new Uint8Array())).rejects.toThrow()
  })
})
