// Signals the app emits for whoever watches it (end-to-end tests wait on these, never on timers): a ready
// flag on <html>, and a counter plus a DOM event for each named signal.

export type SignalName =
  | 'ready'
  | 'saved'
  | 'task-done'
  | 'task-cancelled'
  | 'task-failed'
  | 'navigated'
  | 'demo-loaded'
  | 'import-previewed'
  | 'import-staged'
  | 'import-committed'
  | 'accounts-ready'
  | 'accounts-filtered'
  | 'findings-ready'
  | 'rules-done'
  | 'rectifications-ready'
  | 'rectification-pdf'
  | 'bundle-exported'
  | 'bundle-opened'
  | 'bundle-refused'
  | 'bundle-imported'
  | 'inspection-saved'
  | 'inspection-item-saved'
  | 'inspection-evidence-added'
  | 'inspection-signed'
  | 'inspection-verified'

export function emitSignal(name: SignalName, detail: Record<string, unknown> = {}): void {
  const root = document.documentElement
  const attr = `signal${name.replace(/(^|-)(\w)/g, (_m, _d: string, c: string) => c.toUpperCase())}`
  root.dataset[attr] = String(Number(root.dataset[attr] ?? '0') + 1)
  window.dispatchEvent(new CustomEvent('desk:signal', { detail: { name, ...detail } }))
}

export function markReady(): void {
  document.documentElement.dataset.ready = 'true'
  emitSignal('ready')
}
