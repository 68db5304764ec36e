// Field bundles 现场数据包 from the user's side. An inspection is planned, filled with evidence and signed off,
// exported to a bundle, and found again — every result, note and piece of evidence, still verified — in a
// fresh profile (a wiped store); the same bundle imported again adds nothing; one byte changed in a piece of
// evidence gets the bundle refused with one message and nothing written. Bundles made as other desks would
// make them show edits on both sides as conflicts to decide, and a closed inspection that takes no change.
import { createHash } from 'node:crypto'
import { unzipSync, zipSync } from 'fflate'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { attachmentPath, BUNDLE_FORMAT, DATA_PATH, MANIFEST_HASH_PATH, MANIFEST_PATH, type BundleManifest } from '../../src/shared/bundles/format'
import { packBundle } from '../../src/shared/bundles/pack'
import { sampleAttachment, sampleBundle, sampleInspection, sampleItem } from '../../src/shared/bundles/sample'
import { withCheckChar } from '../../src/shared/platform/credit-code'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { AuditLogPage } from './pages/audit'
import { BundlesPage, type BundleFile } from './pages/bundles'
import { InspectionFlow, type ItemState } from './pages/inspection-flow'
import { PlatformsPage } from './pages/platforms'
import { WelcomePage } from './pages/welcome'

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const QINGHE = { name: '青禾资讯', operator: '南京青禾网络科技有限公司', creditCode: withCheckChar('91320105MA1QH0001'), jurisdiction: '南京市建邺区', types: ['资讯'] }
const TITLE = '青禾资讯现场检查（2026年11月）'
const SCREENSHOT = { name: '后台收益设置截图.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n 青禾资讯 运营后台 收益设置 2026-11-02', 'binary') }

const sessions: Session[] = []
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    await s.close()
    expect(s.consoleErrors).toEqual([])
    // offline: bundles go through files, nothing leaves the app
    expect(s.requests.filter((url) => !url.startsWith(s.baseUrl) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([])
  }
})
afterAll(async () => {
  await closeBrowser()
})

/** A fresh profile — a wiped store — past the first-run screen. */
async function desk(name: string): Promise<{ app: AppPage; bundles: BundlesPage }> {
  const s = await newSession()
  sessions.push(s)
  const app = new AppPage(s.page, s.baseUrl)
  await app.open()
  const welcome = new WelcomePage(s.page)
  await welcome.fillProfile(name, '示例市委网信办')
  await welcome.startEmpty()
  return { app, bundles: new BundlesPage(app) }
}

/** The bundle with one byte of one file changed, zipped again as someone outside the app would. */
function withByteChanged(file: BundleFile, path: string): BundleFile {
  const entries = unzipSync(new Uint8Array(file.bytes))
  const copy = entries[path]!.slice()
  copy[copy.length - 1] = copy[copy.length - 1]! ^ 0x01
  entries[path] = copy
  return { name: `改-${file.name}`, bytes: Buffer.from(zipSync(entries)) }
}

describe('field bundles', () => {
  it('carries a signed-off inspection with its evidence to a wiped store, once, and refuses a tampered copy', async () => {
    const field = await desk('李强')
    await new PlatformsPage(field.app).open()
    await new PlatformsPage(field.app).create(QINGHE)

    // plan, inspect, sign off
    const flow = new InspectionFlow(field.app)
    await flow.openList()
    await flow.plan({ platform: QINGHE.name, kind: '现场检查', title: TITLE, start: '2026-11-02', end: '2026-11-03', team: ['李强', '王芳'] })
    const requirements = await flow.requirements()
    expect(requirements.length).toBeGreaterThan(2)
    const [bad, partial, ...rest] = requirements as [string, string, ...string[]]
    await flow.setResult(bad, 'nonCompliant')
    await flow.setNotes(bad, '3 个禁言账号在禁言期间仍获得打赏收益')
    const evidenceSha = await flow.attach(bad, SCREENSHOT)
    expect(evidenceSha).toBe(sha256(SCREENSHOT.buffer))
    await flow.setResult(partial, 'partial')
    await flow.setNotes(partial, '注册信息抽查 20 个，2 个缺少运营主体信息')
    for (const requirement of rest) await flow.setResult(requirement, 'compliant')
    await flow.submit()
    await flow.accept()
    const before: ItemState[] = await flow.itemStates()
    expect(before.find((i) => i.requirement === bad)).toMatchObject({ result: 'nonCompliant', evidence: [evidenceSha] })

    // export: one file whose manifest covers every other file, and whose own hash is beside it
    await field.bundles.open()
    await field.bundles.select(TITLE)
    const bundle = await field.bundles.exportSelected()
    expect(bundle.name).toMatch(/\.zmtbundle$/)
    const entries = unzipSync(new Uint8Array(bundle.bytes))
    const manifest = JSON.parse(new TextDecoder().decode(entries[MANIFEST_PATH])) as BundleManifest
    expect(manifest).toMatchObject({ format: BUNDLE_FORMAT, exportedBy: { name: '李强', office: '示例市委网信办' }, inspectionIds: [expect.any(String)] })
    expect(new TextDecoder().decode(entries[MANIFEST_HASH_PATH]).trim()).toBe(sha256(entries[MANIFEST_PATH]!))
    expect(Object.keys(entries).sort()).toEqual([...manifest.files.map((f) => f.path), MANIFEST_PATH, MANIFEST_HASH_PATH].sort())
    for (const f of manifest.files) expect(sha256(entries[f.path]!)).toBe(f.sha256)
    expect(entries[attachmentPath(evidenceSha)]).toEqual(new Uint8Array(SCREENSHOT.buffer))
    expect(entries[DATA_PATH]).toBeDefined()

    // into the same store again: nothing new, nothing written
    expect(await field.bundles.importBundle(bundle)).toMatchObject({ added: 0, updated: 0, conflicts: 0, findings: 0 })

    // one byte of the evidence changed: refused with one message naming it, nothing written
    const tampered = withByteChanged(bundle, attachmentPath(evidenceSha))
    expect(await field.bundles.openBundle(tampered)).toBe('refused')
    expect(await field.bundles.refused.getAttribute('data-reason')).toBe('bundles.refused.evidenceChanged')
    expect(await field.bundles.refused.textContent()).toContain(SCREENSHOT.name)
    const fieldAudit = new AuditLogPage(field.app)
    await fieldAudit.open()
    expect(await fieldAudit.entriesWith('导入现场数据包').count()).toBe(0)
    expect(await fieldAudit.entriesWith('导出现场数据包').count()).toBe(1)

    // a wiped store: everything arrives, in one audited write
    const office = await desk('张敏')
    await office.bundles.open()
    expect(await office.bundles.openBundle(tampered)).toBe('refused')
    const summary = await office.bundles.importBundle(bundle)
    // the inspection, its items, the evidence and the platform; the built-in catalogue is there already
    // and the findings its acceptance left: the non-compliant item and the partial one
    expect(summary).toMatchObject({ added: requirements.length + 3, updated: 0, unchanged: 1, conflicts: 0, findings: 2 })

    const found = new InspectionFlow(office.app)
    await found.openList()
    expect(await found.row(TITLE).getAttribute('data-status')).toBe('closed')
    await found.openInspection(TITLE)
    expect(await found.status()).toBe('closed')
    await office.app.page.getByTestId('inspection-readonly').waitFor()
    expect(await found.itemStates()).toEqual(before)
    expect(await found.verifications()).toEqual(['verified'])

    await new PlatformsPage(office.app).open()
    await new PlatformsPage(office.app).row(QINGHE.name).waitFor()
    const officeAudit = new AuditLogPage(office.app)
    await officeAudit.open()
    expect(await officeAudit.entriesWith('导入现场数据包').count()).toBe(1)
    expect(await officeAudit.verify()).toBe(true)

    // and again into the office: nothing new
    await office.bundles.open()
    expect(await office.bundles.importBundle(bundle)).toMatchObject({ added: 0, updated: 0, unchanged: summary.added + summary.unchanged, findings: 0 })
  })

  it('shows an edit made on both sides as a conflict, writes the version chosen, and leaves a closed inspection alone', async () => {
    const { A, B, C, closedB } = await otherDesks()
    const office = await desk('张敏')
    await office.bundles.open()
    expect(await office.bundles.importBundle(A)).toMatchObject({ added: 5, conflicts: 0 })
    expect(await office.bundles.importBundle(B)).toMatchObject({ added: 0, updated: 2, conflicts: 0 })

    // C was edited from A, apart from B: both the inspection and item 2 conflict, shown side by side
    expect(await office.bundles.openBundle(C)).toBe('preview')
    expect(await office.bundles.conflicts.count()).toBe(2)
    const inspection = office.bundles.conflict('inspections:insp-1')
    expect(await inspection.textContent()).toContain('青禾资讯现场检查（第二天）')
    expect(await inspection.textContent()).toContain('李强、王芳')
    const item = office.bundles.conflict('items:item-2')
    expect(await item.textContent()).toContain('平台已当场关闭 2 个账号的收益')
    expect(await office.app.page.getByTestId('bundle-apply').isDisabled()).toBe(true)
    await office.bundles.choose('inspections:insp-1', 'local')
    await office.bundles.choose('items:item-2', 'incoming')
    expect(await office.bundles.apply()).toMatchObject({ added: 1, conflicts: 2, tookIncoming: 1 })

    // decided once: the same bundle no longer conflicts
    expect(await office.bundles.openBundle(C)).toBe('preview')
    expect(await office.bundles.conflicts.count()).toBe(0)

    // a closed inspection here takes nothing: shown as conflicts resolved to local, with no choice
    const closed = await desk('王芳')
    await closed.bundles.open()
    await closed.bundles.importBundle(A)
    expect(await closed.bundles.importBundle(closedB)).toMatchObject({ updated: 2 })
    expect(await closed.bundles.openBundle(C)).toBe('preview')
    expect(await closed.bundles.conflicts.count()).toBe(2)
    expect(await closed.bundles.conflict('items:item-2').getByTestId('bundle-choose-incoming').isDisabled()).toBe(true)
    expect(await closed.bundles.conflict('items:item-2').getAttribute('data-choice')).toBe('local')
    expect(await closed.bundles.apply()).toMatchObject({ added: 0, updated: 0, conflicts: 2, tookIncoming: 0 })
  })
})

/** Bundles as other desks would send them: A, B (an edit of A), C (another edit of A, made apart from B),
 * and B closed. */
async function otherDesks(): Promise<Record<'A' | 'B' | 'C' | 'closedB', BundleFile>> {
  const a = sampleBundle()
  const [i0] = a.data.inspections
  const [it1, it2] = a.data.items
  const pack = async (name: string, data: typeof a.data, files = a.files): Promise<BundleFile> => {
    const packed = await packBundle({ data, files, exportedBy: { name: '李强', office: '现场检查组' }, exportedAt: '2026-11-03T10:00:00.000Z', appVersion: '' })
    return { name, bytes: Buffer.from(packed.bytes) }
  }
  const bInspection = sampleInspection({ title: '青禾资讯现场检查（第二天）' }, i0)
  const bItem = sampleItem(2, { notes: '3 个禁言账号仍可获得收益；已调取后台记录' }, it2)
  const photo = new TextEncoder().encode('现场照片：运营后台收益设置页')
  const extra = { ...sampleAttachment(photo, 'att-2'), name: '后台收益设置.jpg', type: 'image/jpeg' }
  const signOff = [{ action: 'submitted' as const, by: '李强', at: '2026-11-03T16:00:00.000Z', comments: '' }]
  return {
    A: await pack('A.zmtbundle', a.data),
    B: await pack('B.zmtbundle', { ...a.data, inspections: [bInspection], items: [it1!, bItem] }),
    C: await pack(
      'C.zmtbundle',
      {
        ...a.data,
        inspections: [sampleInspection({ team: ['李强', '王芳'], status: 'inReview', signOff }, i0)],
        items: [it1!, sampleItem(2, { result: 'partial', notes: '平台已当场关闭 2 个账号的收益，1 个待处理', attachmentIds: [...it2!.attachmentIds, extra.id] }, it2)],
        attachments: [...a.data.attachments, extra],
      },
      new Map([...a.files, [extra.sha256, photo]]),
    ),
    closedB: await pack('B-closed.zmtbundle', {
      ...a.data,
      inspections: [sampleInspection({ status: 'closed', closedAt: '2026-11-04T09:00:00.000Z', signOff: [...signOff, { action: 'accepted', by: '张敏', at: '2026-11-04T09:00:00.000Z', comments: '' }] }, bInspection)],
      items: [it1!, bItem],
    }),
  }
}
