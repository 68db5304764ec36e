// The preload bridge as the page sees it: `window.desk`, typed by the shared HostApi contract.
import type { HostApi } from '@shared/host/api'
import { BRIDGE_NAME } from '@shared/host/api'

declare global {
  interface Window {
    /** present only inside the desktop shell */
    readonly [BRIDGE_NAME]?: HostApi
  }
}

export function findBridge(win: Window): HostApi | undefined {
  return win[BRIDGE_NAME]
}
