// Platforms 网站平台 from the user's side: the form refuses a wrong credit code and a name already in use with
// the message beside the field, and stores nothing then; a platform is created, edited, archived and restored,
// and every one of those changes is in the audit log, whose hash chain still verifies.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { withCheckChar } from '../../src/shared/platform/credit-code'
import { closeBrowser, newSession, type Session } from './support/browser'
import { AppPage } from './pages/app'
import { AuditLogPage } from './pages/audit'
import { PlatformsPage, type PlatformDraft } from './pages/platforms'
import { WelcomePage } from './pages/welcome'

// 91 (enterprise) · 320105 (建邺区) · nine characters of the organisation's own
const CODE_A = withCheckChar('91320105MA1QH0001')
const CODE_B = withCheckChar('91320571MA1YQ0002')
/** CODE_A with another valid character in place of its check character */
const CODE_A_WRONG = `${CODE_A.slice(0, 17)}${CODE_A.endsWith('0') ? '1' : '0'}`

const QINGHE: PlatformDraft = { name: '青禾资讯', operator: '南京青禾网络科技有限公司', creditCode: CODE_A, jurisdiction: '南京市建邺区', types: ['资讯'] }

let s: Session
let app: AppPage
let platforms: PlatformsPage

beforeEach(async () => {
  s = await newSession()
  app = new AppPage(s.page, s.baseUrl)
  platforms = new PlatformsPage(app)
  await app.open()
  const welcome = new WelcomePage(s.page)
  await welcome.fillProfile('张敏', '示例市委网信办')
  await welcome.startEmpty()
  await platforms.open()
  await platforms.emptyText('none').waitFor()
})
afterEach(async () => {
  await s.close()
  expect(s.consoleErrors).toEqual([])
})
afterAll(async () => {
  await closeBrowser()
})

describe('platforms', () => {
  it('refuses a wrong credit code beside the field, then saves once it is fixed', async () => {
    await platforms.startNew()
    await platforms.fill({ ...QINGHE, creditCode: CODE_A_WRONG })
    await platforms.trySave()
    expect(await platforms.fieldError('creditCode').textContent()).toBe('统一社会信用代码校验位不正确')
    // the form stays open and the list behind it is as empty as before
    expect(await platforms.form.isVisible()).toBe(true)
    expect(await platforms.rows.count()).toBe(0)

    await platforms.fill({ creditCode: CODE_A })
    // the form re-checks as the user types after a first attempt: the message goes at once
    await platforms.fieldError('creditCode').waitFor({ state: 'detached' })
    await platforms.save()
    await platforms.row(QINGHE.name).waitFor()
    expect(await platforms.rows.count()).toBe(1)
    expect(await platforms.row(QINGHE.name).textContent()).toContain(CODE_A)

    const audit = new AuditLogPage(app)
    await audit.open()
    expect(await audit.entriesWith('新建平台').count()).toBe(1)
  })

  it('refuses a second platform with a name already in use and stores nothing', async () => {
    await platforms.create(QINGHE)
    await platforms.startNew()
    await platforms.fill({ name: QINGHE.name, operator: '苏州云雀网络科技有限公司', creditCode: CODE_B, jurisdiction: '苏州市工业园区', types: ['社交'] })
    await platforms.trySave()
    expect(await platforms.fieldError('name').textContent()).toBe(`已有同名平台“${QINGHE.name}”`)
    await platforms.closeForm()
    expect(await platforms.rows.count()).toBe(1)

    const audit = new AuditLogPage(app)
    await audit.open()
    expect(await audit.entriesWith('新建平台').count()).toBe(1)
  })

  it('edits, archives and restores a platform, logs each change and keeps the chain intact', async () => {
    await platforms.create(QINGHE)
    await platforms.openPlatform(QINGHE.name)

    await platforms.edit({ operator: '南京青禾数字传媒有限公司', jurisdiction: '南京市鼓楼区' })
    expect(await platforms.details.first().textContent()).toContain('南京青禾数字传媒有限公司')
    expect(await platforms.details.first().textContent()).toContain('南京市鼓楼区')

    await platforms.archive()
    await platforms.backToList()
    await platforms.emptyText('noMatch').waitFor()
    expect(await platforms.row(QINGHE.name).count()).toBe(0)
    await platforms.showStatus('已归档')
    await platforms.row(QINGHE.name).waitFor()
    expect(await platforms.row(QINGHE.name).textContent()).toContain('已归档')

    await platforms.openPlatform(QINGHE.name)
    await platforms.restore()
    await platforms.backToList()
    await platforms.showStatus('监管中')
    await platforms.row(QINGHE.name).waitFor()
    expect(await platforms.row(QINGHE.name).textContent()).toContain('监管中')

    const audit = new AuditLogPage(app)
    await audit.open()
    // newest first: restore, archive, edit, create — each naming the platform
    const mine = audit.entriesWith(QINGHE.name)
    expect(await mine.count()).toBe(4)
    const actions = await mine.allTextContents()
    expect(actions.map((text) => ['恢复平台', '归档平台', '修改平台', '新建平台'].find((label) => text.includes(label)))).toEqual([
      '恢复平台',
      '归档平台',
      '修改平台',
      '新建平台',
    ])
    expect(await audit.verify()).toBe(true)
  })
})
