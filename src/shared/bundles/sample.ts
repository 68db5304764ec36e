// A small, valid set of bundle contents — one field audit of one platform, two items, evidence — for the
// unit tests and the end-to-end tests, which build bundles as another desk would.
import { noticeCatalogue } from '../catalogue/notice-2023'
import type { AttachmentMeta, Inspection, InspectionItem } from '../domain/findings'
import type { Platform } from '../domain/platform'
import { withCheckChar } from '../platform/credit-code'
import { revise } from '../sync/revision'
import { sha256Hex } from '../util/hash'
import type { BundleData } from './format'

export const SAMPLE_IDS = {
  platform: 'p-qinghe',
  inspection: 'insp-1',
  item1: 'item-1',
  item2: 'item-2',
  attachment: 'att-1',
} as const

export const SAMPLE_EVIDENCE = new TextEncoder().encode('截图：青禾资讯 账号主页 2026-11-02 10:15\n')

export function samplePlatform(): Platform {
  return {
    id: SAMPLE_IDS.platform,
    name: '青禾资讯',
    operator: '南京青禾网络科技有限公司',
    creditCode: withCheckChar('91320105MA1QH0001'),
    types: ['news'],
    jurisdiction: '南京市建邺区',
    contacts: [],
    note: '',
    archived: false,
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
  }
}

export function sampleInspection(change: Partial<Inspection> = {}, previous?: Inspection): Inspection {
  const base: Omit<Inspection, 'rev' | 'prevRevs'> = {
    id: SAMPLE_IDS.inspection,
    platformId: SAMPLE_IDS.platform,
    catalogueId: noticeCatalogue().id,
    kind: 'field',
    title: '青禾资讯现场检查',
    plannedStart: '2026-11-02',
    plannedEnd: '2026-11-03',
    team: ['张敏', '李强'],
    status: 'inProgress',
    signOff: [],
    closedAt: null,
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    updatedBy: '张敏',
  }
  const { rev: _rev, prevRevs: _prev, ...rest } = { ...(previous ?? base), ...change }
  return revise<Inspection>(rest, previous)
}

export function sampleItem(which: 1 | 2, change: Partial<InspectionItem> = {}, previous?: InspectionItem): InspectionItem {
  const base: Omit<InspectionItem, 'rev' | 'prevRevs'> = {
    id: which === 1 ? SAMPLE_IDS.item1 : SAMPLE_IDS.item2,
    inspectionId: SAMPLE_IDS.inspection,
    requirementId: which === 1 ? 'N1.1' : 'N9.1',
    articleId: which === 1 ? 'N1' : 'N9',
    text: which === 1 ? '账号注册信息真实、准确' : '禁言期间同步暂停营利权限',
    order: which,
    result: 'notAssessed',
    notes: '',
    attachmentIds: [],
    updatedAt: '2026-11-01T09:00:00.000Z',
    updatedBy: '张敏',
  }
  const { rev: _rev, prevRevs: _prev, ...rest } = { ...(previous ?? base), ...change }
  return revise<InspectionItem>(rest, previous)
}

export function sampleAttachment(bytes: Uint8Array = SAMPLE_EVIDENCE, id: string = SAMPLE_IDS.attachment): AttachmentMeta {
  return {
    id,
    ownerId: SAMPLE_IDS.item2,
    name: '账号主页截图.txt',
    type: 'text/plain',
    size: bytes.length,
    sha256: sha256Hex(bytes),
    capturedAt: '2026-11-02T02:15:00.000Z',
    sourceUrl: null,
  }
}

/** One inspection in progress: item 1 compliant, item 2 non-compliant with a piece of evidence. */
export function sampleBundle(): { data: BundleData; files: Map<string, Uint8Array> } {
  const attachment = sampleAttachment()
  return {
    data: {
      inspections: [sampleInspection()],
      items: [
        sampleItem(1, { result: 'compliant', notes: '抽查 20 个账号，注册信息完整' }),
        sampleItem(2, { result: 'nonCompliant', notes: '3 个禁言账号仍可获得收益', attachmentIds: [attachment.id] }),
      ],
      attachments: [attachment],
      platforms: [samplePlatform()],
      catalogues: [noticeCatalogue()],
    },
    files: new Map([[attachment.sha256, SAMPLE_EVIDENCE]]),
  }
}
