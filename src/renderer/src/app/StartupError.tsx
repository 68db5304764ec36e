// Shown when the store cannot be opened (e.g. another window holds an older version open, or storage is
// full). i18n may not be up yet, so the text is given in both languages.
/* eslint-disable no-restricted-syntax -- the one screen that must work before i18n has started */
export function StartupError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return (
    <div style={{ padding: 48, fontFamily: 'sans-serif' }} role="alert" data-testid="startup-error">
      <h2>无法打开数据库 · The database could not be opened</h2>
      <p>请关闭本应用的其他窗口后重试；数据未被修改。 · Close other windows of the app and try again; no data was changed.</p>
      <pre style={{ whiteSpace: 'pre-wrap', color: '#a00' }}>{detail}</pre>
    </div>
  )
}
