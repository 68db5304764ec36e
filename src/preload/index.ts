// The preload bridge: one object with a method per host channel, each forwarding its one argument to
// main and handing back only the result. No ipcRenderer, no event objects, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_NAME, HOST_CHANNEL_LIST } from '@shared/host/api'
import type { HostApi, HostChannel } from '@shared/host/api'

/** One forwarding method; `request` is undefined for channels that take no argument. */
function forward(channel: HostChannel) {
  return (request?: unknown): Promise<unknown> => ipcRenderer.invoke(channel, request)
}

/**
 * Built from HOST_CHANNEL_LIST so no channel string is written twice. TypeScript cannot follow a loop
 * over keys, so the one cast sits here; it is sound because `forward` sends each channel's argument on
 * unchanged and main's handler map (typed per channel) produces each channel's response.
 */
function buildBridge(): HostApi {
  const bridge = Object.fromEntries(HOST_CHANNEL_LIST.map((channel) => [channel, forward(channel)]))
  return bridge as unknown as HostApi
}

const bridge = Object.freeze(buildBridge()) satisfies HostApi

contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge)
