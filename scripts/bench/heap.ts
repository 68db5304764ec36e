// Peak JS heap across the page and its workers, sampled over CDP: Runtime.getHeapUsage on the page and on
// every worker attached to it (workers hold the import's data, so the page alone would undercount).
import type { CDPSession, Page } from 'playwright-core'

export class HeapSampler {
  private readonly workers = new Set<string>()
  private readonly pending = new Map<number, (usedSize: number) => void>()
  private nextId = 1
  private timer: NodeJS.Timeout | null = null
  peak = 0

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(page: Page): Promise<HeapSampler> {
    const cdp = await page.context().newCDPSession(page)
    const sampler = new HeapSampler(cdp)
    cdp.on('Target.attachedToTarget', (e) => {
      if (e.targetInfo.type === 'worker') sampler.workers.add(e.sessionId)
    })
    cdp.on('Target.detachedFromTarget', (e) => sampler.workers.delete(e.sessionId))
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } }
      if (message.id === undefined) return
      sampler.pending.get(message.id)?.(message.result?.usedSize ?? 0)
      sampler.pending.delete(message.id)
    })
    // non-flat attachment lets this session talk to the workers through Target.sendMessageToTarget
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false })
    return sampler
  }

  private workerHeap(sessionId: string): Promise<number> {
    return new Promise((resolve) => {
      const id = this.nextId++
      this.pending.set(id, resolve)
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => resolve(0))
      setTimeout(() => {
        if (this.pending.delete(id)) resolve(0)
      }, 2000)
    })
  }

  async sample(): Promise<number> {
    const main = await this.cdp.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))
    let total = main.usedSize
    for (const id of this.workers) total += await this.workerHeap(id)
    this.peak = Math.max(this.peak, total)
    return total
  }

  start(everyMs = 250): void {
    const tick = () => {
      void this.sample().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, everyMs)
      })
    }
    this.timer = setTimeout(tick, 0)
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}
