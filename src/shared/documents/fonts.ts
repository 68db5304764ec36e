// The one font PDF documents use: Noto Sans SC (OFL), the same file the UI bundles. pdfmake embeds only the
// glyphs a document uses (a subset), so a page is tens of kilobytes although the font is ten megabytes.
// It has one weight: the bold and italic slots name the same file, so that a style asking for them still
// renders (in the regular weight) rather than failing.
import type { TFontDictionary } from 'pdfmake/interfaces'

export const PDF_FONT_FAMILY = 'NotoSansSC'
/** The font's name in pdfmake's virtual file system (the browser) — in Node, a path takes its place. */
export const PDF_FONT_FILE = 'NotoSansSC-Regular.ttf'

export function pdfFonts(source: string = PDF_FONT_FILE): TFontDictionary {
  return { [PDF_FONT_FAMILY]: { normal: source, bold: source, italics: source, bolditalics: source } }
}
