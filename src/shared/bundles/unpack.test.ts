// Packing and reading back a bundle: the round trip keeps every byte and hash, and each kind of damage or
// tampering is refused with its own single message.
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../util/hash'
import { attachmentPath, BUNDLE_FORMAT, DATA_PATH, MANIFEST_HASH_PATH, MANIFEST_PATH } from './format'
import { packBundle } from './pack'
import { sampleBundle, SAMPLE_EVIDENCE } from './sample'
import { unpackBundle, type UnpackResult } from './unpack'

const ACTOR = { name: '张敏', office: '示例市委网信办' }

async function packed() {
  const { data, files } = sampleBundle()
  return packBundle({ data, files, exportedBy: ACTOR, exportedAt: '2026-11-03T10:00:00.000Z', appVersion: '0.1.0' })
}

/** The bundle's entries, changed by `edit`, zipped again as someone outside the app would. */
async function rezipped(edit: (entries: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const entries = unzipSync((await packed()).bytes)
  edit(entries)
  return zipSync(entries)
}

/** Takes one entry out of a zip's entries (as `rezipped` hands them, to change in place). */
function omit(entries: Record<string, Uint8Array>, path: string): void {
  Reflect.deleteProperty(entries, path)
}

function problemOf(result: UnpackResult): string {
  if (result.ok) throw new Error('expected a refusal')
  return `${result.problem.key} ${JSON.stringify(result.problem.params ?? {})}`
}

describe('a bundle', () => {
  it('reads back exactly what was packed: manifest, records, evidence bytes and hashes', async () => {
    const { data, files } = sampleBundle()
    const out = await packed()
    const result = await unpackBundle(out.bytes)
    if (!result.ok) throw new Error(result.problem.key)
    const { bundle } = result
    expect(bundle.manifest).toEqual(out.manifest)
    expect(bundle.manifest.format).toBe(BUNDLE_FORMAT)
    expect(bundle.manifest.exportedBy).toEqual(ACTOR)
    expect(bundle.manifest.inspectionIds).toEqual(['insp-1'])
    expect(bundle.manifestSha256).toBe(out.manifestSha256)
    expect(bundle.data).toEqual(data)
    const sha = sha256Hex(SAMPLE_EVIDENCE)
    expect(bundle.files.get(sha)).toEqual(files.get(sha))
    // every file but the manifest and its hash is listed, with its real hash and size
    const entries = unzipSync(out.bytes)
    expect(Object.keys(entries).sort()).toEqual([attachmentPath(sha), DATA_PATH, MANIFEST_PATH, MANIFEST_HASH_PATH].sort())
    for (const f of out.manifest.files) {
      expect(sha256Hex(entries[f.path]!)).toBe(f.sha256)
      expect(entries[f.path]!.length).toBe(f.size)
    }
    expect(new TextDecoder().decode(entries[MANIFEST_HASH_PATH]).trim()).toBe(sha256Hex(entries[MANIFEST_PATH]!))
  })

  it('refuses evidence whose bytes do not match its hash when packing', async () => {
    const { data } = sampleBundle()
    const files = new Map([[data.attachments[0]!.sha256, strToU8('something else')]])
    await expect(packBundle({ data, files, exportedBy: ACTOR, exportedAt: '2026-11-03T10:00:00.000Z', appVersion: '' })).rejects.toMatchObject({
      userMessage: { key: 'bundles.export.evidenceDamaged' },
    })
  })

  it('refuses a data.json changed after export', async () => {
    const bytes = await rezipped((e) => {
      e[DATA_PATH] = strToU8(new TextDecoder().decode(e[DATA_PATH]).replace('3 个禁言账号', '0 个禁言账号'))
    })
    expect(problemOf(await unpackBundle(bytes))).toBe('bundles.refused.fileChanged {"path":"data.json"}')
  })

  it('refuses an attachment with one byte changed', async () => {
    const path = attachmentPath(sha256Hex(SAMPLE_EVIDENCE))
    const bytes = await rezipped((e) => {
      const copy = e[path]!.slice()
      copy[0] = copy[0]! ^ 1
      e[path] = copy
    })
    // named as the inspector knows it, not by its hash
    expect(problemOf(await unpackBundle(bytes))).toBe('bundles.refused.evidenceChanged {"name":"账号主页截图.txt"}')
  })

  it('refuses an edited manifest, even one whose listed hashes were made to match', async () => {
    const bytes = await rezipped((e) => {
      const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST_PATH])) as { exportedBy: { name: string } }
      manifest.exportedBy.name = '王五'
      e[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
    })
    expect(problemOf(await unpackBundle(bytes))).toBe('bundles.refused.manifestEdited {}')
  })

  it('refuses a bundle with a listed file missing, and one without the manifest hash', async () => {
    const path = attachmentPath(sha256Hex(SAMPLE_EVIDENCE))
    expect(problemOf(await unpackBundle(await rezipped((e) => omit(e, path))))).toBe('bundles.refused.evidenceMissing {"name":"账号主页截图.txt"}')
    expect(problemOf(await unpackBundle(await rezipped((e) => omit(e, DATA_PATH))))).toBe('bundles.refused.missingFile {"path":"data.json"}')
    expect(problemOf(await unpackBundle(await rezipped((e) => omit(e, MANIFEST_HASH_PATH))))).toBe(`bundles.refused.missingFile {"path":"${MANIFEST_HASH_PATH}"}`)
  })

  it('refuses a bundle with a file the manifest does not list', async () => {
    const bytes = await rezipped((e) => {
      e['attachments/readme.txt'] = strToU8('hello')
    })
    expect(problemOf(await unpackBundle(bytes))).toBe('bundles.refused.extraFile {"path":"attachments/readme.txt"}')
  })

  it('refuses what is not a zip, a truncated zip, and a zip that is not a bundle', async () => {
    expect(problemOf(await unpackBundle(strToU8('{"format":"zimeiti-bundle/1"}')))).toBe('bundles.refused.notZip {}')
    const whole = (await packed()).bytes
    expect(problemOf(await unpackBundle(whole.slice(0, Math.floor(whole.length / 2))))).toMatch(/^bundles\.refused\.damaged /)
    expect(problemOf(await unpackBundle(zipSync({ 'notes.txt': strToU8('not a bundle') })))).toBe('bundles.refused.noManifest {}')
  })

  it('refuses another format marker, naming what it found', async () => {
    const bytes = await rezipped((e) => {
      const text = new TextDecoder().decode(e[MANIFEST_PATH]).replace(BUNDLE_FORMAT, 'zimeiti-bundle/2')
      e[MANIFEST_PATH] = strToU8(text)
      e[MANIFEST_HASH_PATH] = strToU8(sha256Hex(e[MANIFEST_PATH]))
    })
    expect(problemOf(await unpackBundle(bytes))).toBe(`bundles.refused.wrongFormat {"format":"zimeiti-bundle/2","expected":"${BUNDLE_FORMAT}"}`)
  })

  it('refuses records of the wrong shape even when every hash matches', async () => {
    const bytes = await rezipped((e) => {
      const text = new TextDecoder().decode(e[DATA_PATH]).replace('"nonCompliant"', '"bad"')
      e[DATA_PATH] = strToU8(text)
      const manifest = JSON.parse(new TextDecoder().decode(e[MANIFEST_PATH])) as { files: { path: string; sha256: string; size: number }[] }
      const file = manifest.files.find((f) => f.path === DATA_PATH)!
      file.sha256 = sha256Hex(e[DATA_PATH])
      file.size = e[DATA_PATH].length
      e[MANIFEST_PATH] = strToU8(JSON.stringify(manifest))
      e[MANIFEST_HASH_PATH] = strToU8(sha256Hex(e[MANIFEST_PATH]))
    })
    expect(problemOf(await unpackBundle(bytes))).toMatch(/^bundles\.refused\.badData \{"detail":"items\.1\.result/)
  })
})
