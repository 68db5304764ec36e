// The bundled Simplified-Chinese font (Noto Sans SC, OFL), taken from its npm package at build time. It is
// registered last in the font stack, so it is only fetched where the system has no CJK font of its own.
import notoSansScUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'

export const BUNDLED_FONT_FAMILY = 'Desk Noto Sans SC'
export const FONT_STACK = `-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "${BUNDLED_FONT_FAMILY}", sans-serif`
export const FONT_URL = notoSansScUrl

export function registerBundledFont(): void {
  const face = new FontFace(BUNDLED_FONT_FAMILY, `url(${notoSansScUrl})`, { display: 'swap' })
  document.fonts.add(face)
}
