// Marks where a search term occurs in a text, so a filtered list shows why each entry matched.
import type { ReactNode } from 'react'

export function Highlight({ text, term }: { text: string; term: string }): ReactNode {
  const needle = term.trim().toLowerCase()
  if (needle === '') return text
  const haystack = text.toLowerCase()
  const parts: ReactNode[] = []
  let from = 0
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, from)) {
    if (at > from) parts.push(text.slice(from, at))
    parts.push(
      <mark key={at} style={{ padding: 0, background: '#ffe58f' }}>
        {text.slice(at, at + needle.length)}
      </mark>,
    )
    from = at + needle.length
  }
  parts.push(text.slice(from))
  return parts
}
