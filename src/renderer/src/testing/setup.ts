// jsdom test setup: IndexedDB, and the browser APIs Ant Design expects that jsdom lacks (matchMedia is
// present on jsdom's window but undefined, hence the typeof check).
import { configure } from '@testing-library/react'
import 'fake-indexeddb/auto'

if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  })
}
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { value: NoopResizeObserver })

// Ant Design renders slowly in jsdom, and CI machines are shared: give findBy*/waitFor ten seconds, not one.
configure({ asyncUtilTimeout: 10_000 })
