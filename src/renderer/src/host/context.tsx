// Hands the Host to React components: <HostProvider> at the root, useHost() in features. Tests can
// provide a fake host.
import { createContext, useContext } from 'react'
import type { ReactNode } from 'react'
import type { Host } from './host'
import { getHost } from './select'

const HostContext = createContext<Host | null>(null)

export function HostProvider({ host, children }: { host?: Host; children: ReactNode }): ReactNode {
  return <HostContext value={host ?? getHost()}>{children}</HostContext>
}

/** The provided host; without a provider, the one this window would choose. */
export function useHost(): Host {
  return useContext(HostContext) ?? getHost()
}
