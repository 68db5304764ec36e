// The catalogue 检查目录 from the user's side: the built-in notice as version 1 in force, its articles and
// requirements with search; a new version refused with an out-of-range parameter and saved with a valid one;
// export as JSON; and import refusing a corrupt file, a file with a duplicate requirement or a missing
// parameter, and a file whose content is already held, each with its own message and nothing stored.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NOTICE_CODE, noticeCatalogue } from '../../src/shared/catalogue/notice-2023'
import type { Catalogue } from '../../src/shared/catalogue/types'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { CataloguePage } from './pages/catalogue'
import { WelcomePage } from './pages/welcome'

const V1 = `${NOTICE_CODE}@1`
const V2 = `${NOTICE_CODE}@2`
const MULTIPLE = 'earningsSuspensionMultiple'

/** The built-in notice as an office might hand-edit it into a file: plain JSON, no format marker. */
function noticeFile(edit: (c: Catalogue) => void): string {
  const catalogue = noticeCatalogue()
  edit(catalogue)
  return JSON.stringify(catalogue, null, 2)
}

function requirementOf(c: Catalogue, id: string): Catalogue['requirements'][number] {
  const found = c.requirements.find((r) => r.id === id)
  if (!found) throw new Error(`no requirement ${id}`)
  return found
}

let s: Session
let app: AppPage
let catalogue: CataloguePage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
  catalogue = new CataloguePage(app)
  await app.open()
  const welcome = new WelcomePage(s.page)
  await welcome.fillProfile('张敏', '示例市委网信办')
  await welcome.startEmpty()
  await catalogue.open()
})
afterEach(async () => {
  await s.close()
  expect(s.consoleErrors).toEqual([])
})
afterAll(async () => {
  await closeBrowser()
})

describe('the catalogue', () => {
  it('holds the built-in notice as version 1, in force today', async () => {
    expect(await catalogue.versionRows.count()).toBe(1)
    expect(await catalogue.statusOf(V1)).toBe('active')
    expect(await catalogue.versionRow(V1).textContent()).toContain('第 1 版')
    expect(await catalogue.activeNotice.textContent()).toBe('今日适用：关于加强“自媒体”管理的通知 第 1 版（2023-07-10 起施行）')
  })

  it('shows the 13 articles, N9.1 with its multiple of 2–3, and narrows the requirements by search', async () => {
    await catalogue.openVersion(V1)
    const all = noticeCatalogue().requirements
    expect(await catalogue.articles.count()).toBe(13)
    expect(await catalogue.requirements.count()).toBe(all.length)
    const n91 = catalogue.requirement('N9.1')
    expect(await n91.textContent()).toContain('时长为禁言期限的2至3倍')
    expect(await n91.getByTestId(`requirement-parameter-${MULTIPLE}`).textContent()).toContain('2–3倍')

    await catalogue.search('营利')
    const expected = all.filter((r) => [r.id, r.textZh, r.summaryEn, ...r.evidenceZh].some((field) => field.includes('营利'))).length
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(all.length)
    await expect.poll(() => catalogue.requirements.count()).toBe(expected)
    expect(await catalogue.searchResult.textContent()).toBe(`筛选出 ${expected} 项检查要求`)
    for (const text of await catalogue.requirements.allTextContents()) expect(text).toContain('营利')
  })

  it('refuses a new version with a multiple out of its bounds and stores nothing', async () => {
    await catalogue.startNewVersion()
    const max = catalogue.parameterInput(MULTIPLE, 'max')
    await catalogue.setParameter(MULTIPLE, 11, 'max')
    expect(await catalogue.fieldError(max).textContent()).toBe('应在 1 至 10 之间')
    await catalogue.trySaveVersion()
    await s.page.getByText('未保存：请先修正标出的问题').first().waitFor()
    await catalogue.closeVersionForm()
    expect(await catalogue.versionRows.count()).toBe(1)
    expect(await catalogue.statusOf(V1)).toBe('active')
  })

  it('saves a new version that takes effect, exports it as JSON, and refuses the same file back as already held', async () => {
    await catalogue.startNewVersion()
    await catalogue.setParameter(MULTIPLE, 4, 'max')
    await catalogue.setEffectiveFrom('2024-01-01')
    expect(await s.page.getByTestId('new-version-effective').inputValue()).toBe('2024-01-01')
    await s.page.getByTestId('new-version-note').fill('依据省网信办通知，暂停营利权限时长调整为禁言期限的2至4倍')
    await catalogue.saveVersion(V2)
    expect(await catalogue.requirement('N9.1').getByTestId(`requirement-parameter-${MULTIPLE}`).textContent()).toContain('2–4倍')

    await catalogue.open()
    expect(await catalogue.versionRows.count()).toBe(2)
    expect(await catalogue.statusOf(V2)).toBe('active')
    expect(await catalogue.statusOf(V1)).toBe('superseded')
    expect(await catalogue.versionRow(V2).textContent()).toContain('2024-01-01')
    expect(await catalogue.activeNotice.textContent()).toContain('第 2 版')

    await catalogue.openVersion(V2)
    const exported = await catalogue.export()
    expect(exported.fileName).toBe(`${NOTICE_CODE}-v2.json`)
    const file = JSON.parse(exported.text) as Catalogue & { format: string }
    expect(file).toMatchObject({ format: 'zimeiti-catalogue/1', code: NOTICE_CODE, version: 2, basedOn: 1, effectiveFrom: '2024-01-01', builtIn: false })
    expect(requirementOf(file, 'N9.1').parameters.find((p) => p.key === MULTIPLE)?.value).toEqual({ min: 2, max: 4 })

    await catalogue.open()
    await catalogue.importFile(exported.fileName, exported.text)
    await catalogue.problemList.waitFor()
    expect(await catalogue.problems.allTextContents()).toEqual([`目录 ${NOTICE_CODE} 第 2 版已存在且内容相同，未重复导入`])
    expect(await catalogue.versionRows.count()).toBe(2)
  })

  it('lists why a corrupt file cannot be read and adds no version', async () => {
    await catalogue.importFile('目录.json', '{"code": "cac-2023-personal-media", "articles": [')
    await catalogue.problemList.waitFor()
    expect(await catalogue.problemList.textContent()).toContain('未导入“目录.json”')
    expect(await catalogue.problems.count()).toBe(1)
    expect(await catalogue.problems.first().getAttribute('data-key')).toBe('validation.catalogue.notJson')
    expect(await catalogue.problems.first().textContent()).toMatch(/^无法读取目录文件：不是有效的 JSON 或 YAML（.+）$/)
    expect(await catalogue.versionRows.count()).toBe(1)
  })

  it('refuses a catalogue whose requirement id appears twice', async () => {
    const text = noticeFile((c) => {
      requirementOf(c, 'N1.2').id = 'N1.1'
    })
    await catalogue.importFile('重复编号.json', text)
    await catalogue.problemList.waitFor()
    expect(await catalogue.problems.allTextContents()).toEqual(['检查要求编号重复：N1.1'])
    expect(await catalogue.versionRows.count()).toBe(1)
  })

  it('refuses a catalogue that lacks a parameter the rule checks read', async () => {
    const text = noticeFile((c) => {
      const n91 = requirementOf(c, 'N9.1')
      n91.parameters = n91.parameters.filter((p) => p.key !== MULTIPLE)
    })
    await catalogue.importFile('缺参数.json', text)
    await catalogue.problemList.waitFor()
    expect(await catalogue.problems.allTextContents()).toEqual([`缺少参数：${MULTIPLE}`])
    expect(await catalogue.versionRows.count()).toBe(1)
  })

  it('takes in a changed catalogue whose version number is taken as the next free version', async () => {
    const text = noticeFile((c) => {
      const n91 = requirementOf(c, 'N9.1')
      n91.parameters = n91.parameters.map((p) => (p.key === MULTIPLE ? { ...p, value: { min: 3, max: 5 } } : p))
    })
    await app.expectSignal('saved', () => catalogue.importFile('省网信办下发目录.json', text))
    await catalogue.shownVersion(V2).waitFor()
    await s.page.getByText('本机已有第 1 版，导入的目录已保存为第 2 版').waitFor()
    expect(await catalogue.requirement('N9.1').getByTestId(`requirement-parameter-${MULTIPLE}`).textContent()).toContain('3–5倍')
    await catalogue.open()
    expect(await catalogue.versionRows.count()).toBe(2)
  })
})
