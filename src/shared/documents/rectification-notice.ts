// The rectification order as a document (责令限期整改通知书), laid out as a Chinese official document after
// GB/T 9704-2012: A4 with the standard type area, the issuing office's mark, the document number and a
// separator line at the top; the title, the addressee (主送) and the body in 16 pt with two-character
// indents; the office's name and the date at the bottom right, leaving room for the seal; page numbers
// `— 1 —` outside (odd pages right, even pages left). Headings follow the official order 一、 → （一）.
// A long list of findings moves to an attachment (附件：问题清单) so the notice itself stays one or two pages.
// Pure: a pdfmake document definition built from the order's frozen content; no DOM, no fonts loaded here.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { OrderedFinding, Rectification } from '../domain/findings'
import { articleNumber, articleOf } from '../scorecard/articles'
import { articleOrdinal, chineseDate, chineseNumeral } from './chinese'
import { PDF_FONT_FAMILY } from './fonts'

export type NoticeContent = Pick<
  Rectification,
  'documentNumber' | 'issuingOffice' | 'issuedOn' | 'addressee' | 'platformName' | 'findings' | 'basis' | 'catalogueTitleZh' | 'deadline'
>

export const NOTICE_TITLE = '责令限期整改通知书'
/** More findings than this go to the attachment; the body then names each article's count. */
export const INLINE_FINDINGS = 10

const MM = 72 / 25.4
/** GB/T 9704 type area: 156 mm × 225 mm; margins top 37, bottom 35, left 28, right 26 (mm). */
const MARGINS: [number, number, number, number] = [28 * MM, 37 * MM, 26 * MM, 35 * MM]
const BODY_WIDTH = 156 * MM
/** 三号 (16 pt) body, 二号 (22 pt) title, 四号 (14 pt) page numbers */
const BODY = 16
const TITLE = 22
const PAGE_NUMBER = 14
const INDENT = 2 * BODY
const RED = '#c8161d'

/** Width of a line of text in Noto Sans SC: CJK characters and full-width punctuation are one em, digits
 * 0.555 em (the font's own advance widths), other Latin characters about 0.6 em. */
function textWidth(text: string, size: number): number {
  let w = 0
  for (const ch of text) w += /[0-9]/.test(ch) ? size * 0.555 : (ch.codePointAt(0) ?? 0) < 0x100 ? size * 0.6 : size
  return w
}

/** The office's mark in the largest size that keeps it on one line (offices' names vary in length). */
function markSize(office: string): number {
  const chars = Math.max(1, office.length)
  return Math.max(TITLE, Math.min(34, Math.floor((BODY_WIDTH * 0.92) / chars / 1.08)))
}

/** A quotation inside “…” takes its own quotation marks as ‘…’, as Chinese nests them. */
export function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’')
}

/** A finding as the body states it: with its account when the explanation does not name it, and ending
 * with a full stop as a sentence of the notice must. */
export function findingSentence(f: Pick<OrderedFinding, 'explanation' | 'accountId'>, withAccount = true): string {
  const text = f.explanation.trim()
  const named = withAccount && f.accountId !== null && !text.includes(f.accountId) ? `账号${f.accountId}：${text}` : text
  return /[。；！？]$/.test(named) ? named : `${named}。`
}

function paragraph(text: string, extra: Partial<{ marginTop: number }> = {}): Content {
  return { text, leadingIndent: INDENT, alignment: 'justify', margin: [0, extra.marginTop ?? 0, 0, 0] }
}

interface Group {
  articleId: string | null
  heading: string
  findings: OrderedFinding[]
}

/** The findings by article, in the notice's order; findings outside the notice's numbering come last. */
export function groupFindings(content: Pick<NoticeContent, 'findings' | 'basis'>): Group[] {
  const titles = new Map(content.basis.map((a) => [a.articleId, a]))
  const groups = new Map<string, Group>()
  for (const f of content.findings) {
    const articleId = articleOf(f.requirementId)
    const key = articleId ?? ''
    let group = groups.get(key)
    if (!group) {
      const article = articleId === null ? undefined : titles.get(articleId)
      const heading = article
        ? `未落实《通知》${articleOrdinal(article.number)}“${nestQuotes(article.titleZh)}”的要求`
        : articleId !== null
          ? `未落实《通知》${articleOrdinal(articleNumber(articleId))}的要求`
          : '其他问题'
      group = { articleId, heading, findings: [] }
      groups.set(key, group)
    }
    group.findings.push(f)
  }
  return [...groups.values()].sort((a, b) => articleNumber(a.articleId ?? '') - articleNumber(b.articleId ?? ''))
}

function head(content: NoticeContent): Content[] {
  const size = markSize(content.issuingOffice)
  return [
    { text: content.issuingOffice, fontSize: size, color: RED, alignment: 'center', characterSpacing: 2, margin: [0, 8, 0, 0] },
    { text: content.documentNumber, alignment: 'center', margin: [0, 18, 0, 6] },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: BODY_WIDTH, y2: 0, lineWidth: 1.2, lineColor: RED }] },
    { text: NOTICE_TITLE, fontSize: TITLE, alignment: 'center', characterSpacing: 1, margin: [0, 28, 0, 22] },
    { text: `${content.addressee}：` },
  ]
}

function findingsBody(content: NoticeContent, groups: Group[], inline: boolean): Content[] {
  const out: Content[] = [
    paragraph(
      `根据《${content.catalogueTitleZh}》（以下简称《通知》），我办对你单位运营的“${content.platformName}”平台落实“自媒体”管理要求的情况进行了核查。经查，存在以下问题：`,
    ),
  ]
  groups.forEach((group, i) => {
    const count = inline ? '' : `（共${group.findings.length}项）`
    out.push(paragraph(`${chineseNumeral(i + 1)}、${group.heading}${count}${inline ? '' : '。'}`))
    if (inline) group.findings.forEach((f, j) => out.push(paragraph(`（${chineseNumeral(j + 1)}）${findingSentence(f)}`)))
  })
  if (!inline) out.push(paragraph(`以上共${content.findings.length}项问题，具体情况详见附件。`))
  return out
}

function basisBody(content: NoticeContent): Content[] {
  if (content.basis.length === 0) return []
  return [
    paragraph('上述问题不符合《通知》的下列规定：'),
    ...content.basis.map((a) => paragraph(`《通知》${articleOrdinal(a.number)}“${nestQuotes(a.titleZh)}”规定：“${nestQuotes(a.clauses.map((c) => c.textZh.replace(/。$/, '')).join('。……'))}。”`)),
  ]
}

function requirementBody(content: NoticeContent, inline: boolean): Content[] {
  return [
    paragraph(
      `现责令你单位对上述问题限期整改，于${chineseDate(content.deadline)}前整改完毕，并将整改情况书面报告我办。逾期未整改或者整改不到位的，我办将依法依规进一步处置。`,
    ),
    paragraph('特此通知。'),
    ...(inline ? [] : [paragraph('附件：问题清单', { marginTop: BODY })]),
  ]
}

/** The date four characters in from the right, the office's name centred over it (GB/T 9704 for a sealed
 * document: the seal then covers both); a name too long to centre ends at the right edge instead. */
function signature(content: NoticeContent): Content {
  const date = chineseDate(content.issuedOn)
  const dateWidth = textWidth(date, BODY)
  const dateLeft = BODY_WIDTH - 4 * BODY - dateWidth
  const officeWidth = textWidth(content.issuingOffice, BODY)
  const officeLeft = Math.max(0, Math.min(dateLeft + dateWidth / 2 - officeWidth / 2, BODY_WIDTH - officeWidth))
  return {
    stack: [
      { text: content.issuingOffice, margin: [officeLeft, 0, 0, 0] },
      { text: date, margin: [dateLeft, 0, 0, 0] },
    ],
    margin: [0, 3 * BODY, 0, 0],
    unbreakable: true,
  }
}

/** The attachment's columns: number, category, account, month; the explanation takes the rest of the type
 * area (each column has 4 pt padding either side and a 0.6 pt rule). */
const FIXED_COLUMNS = [30, 34, 84, 50]
const EXPLANATION_WIDTH = Math.floor(BODY_WIDTH - FIXED_COLUMNS.reduce((a, b) => a + b, 0) - 8 * 5 - 0.6 * 6)

function attachment(content: NoticeContent, groups: Group[]): Content[] {
  const header = ['序号', '类别', '账号', '月份', '问题说明'].map((text) => ({ text, alignment: 'center' as const }))
  let n = 0
  const rows = groups.flatMap((g, gi) =>
    g.findings.map((f) => {
      n++
      return [
        { text: String(n), alignment: 'center' as const },
        { text: chineseNumeral(gi + 1) },
        { text: f.accountId ?? '—' },
        { text: f.period, alignment: 'center' as const },
        { text: findingSentence(f, false) },
      ]
    }),
  )
  return [
    { text: '附件', pageBreak: 'before', margin: [0, 0, 0, 12] },
    { text: '问题清单', fontSize: TITLE, alignment: 'center', margin: [0, 0, 0, 6] },
    {
      text: `（${content.documentNumber}附件；问题类别对应正文各项）`,
      fontSize: 12,
      alignment: 'center',
      margin: [0, 0, 0, 14],
    },
    {
      // fixed widths: with a '*' column pdfmake sizes each row for a narrower column than it draws, leaving gaps
      table: { headerRows: 1, widths: [...FIXED_COLUMNS, EXPLANATION_WIDTH], body: [header, ...rows], dontBreakRows: true },
      layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingTop: () => 4, paddingBottom: () => 0 },
      fontSize: 11,
      lineHeight: 1,
    },
  ]
}

/** `— 3 —`: odd pages on the right, even pages on the left, one character in from the edge of the type area. */
function pageNumber(page: number): Content {
  const odd = page % 2 === 1
  return {
    text: `— ${page} —`,
    fontSize: PAGE_NUMBER,
    alignment: odd ? 'right' : 'left',
    margin: [MARGINS[0] + (odd ? 0 : PAGE_NUMBER), 7 * MM, MARGINS[2] + (odd ? PAGE_NUMBER : 0), 0],
  }
}

export function rectificationNotice(content: NoticeContent): TDocumentDefinitions {
  const groups = groupFindings(content)
  const inline = content.findings.length <= INLINE_FINDINGS
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: `${NOTICE_TITLE}（${content.documentNumber}）`,
      author: content.issuingOffice,
      subject: content.platformName,
      creator: '自媒体监管',
    },
    defaultStyle: { font: PDF_FONT_FAMILY, fontSize: BODY, lineHeight: 1 },
    content: [
      ...head(content),
      ...findingsBody(content, groups, inline),
      ...basisBody(content),
      ...requirementBody(content, inline),
      signature(content),
      ...(inline ? [] : attachment(content, groups)),
    ],
    footer: (page) => pageNumber(page),
  }
}
