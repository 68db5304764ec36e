// How official Chinese documents write numbers and dates: article numbers in Chinese numerals (第九条),
// first-level headings 一、二、, second-level （一）（二）, and dates in Arabic numerals with 年月日 and no
// leading zeros (GB/T 9704-2012: 2026年7月1日, never 2026年07月01日).

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 13 → 十三, 20 → 二十, 105 → 一百零五 (up to 9999; larger numbers in Arabic). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) return String(n)
  if (n < 10) return DIGITS[n] ?? String(n)
  if (n < 20) return `十${n % 10 === 0 ? '' : (DIGITS[n % 10] ?? '')}`
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ]
  let out = ''
  let zero = false
  let started = false
  for (const [value, name] of units) {
    const d = Math.floor(n / value) % 10
    if (d === 0) {
      if (started) zero = true
      continue
    }
    if (zero) out += '零'
    out += (DIGITS[d] ?? '') + name
    zero = false
    started = true
  }
  return out
}

/** `第九条` */
export function articleOrdinal(n: number): string {
  return `第${chineseNumeral(n)}条`
}

/** `2026-07-01` → `2026年7月1日` */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}
