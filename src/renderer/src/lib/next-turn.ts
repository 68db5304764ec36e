// One turn of the event loop, so that messages waiting for a busy worker (a Cancel) are handled. Through a
// MessageChannel rather than setTimeout(0): nested timers are clamped to 4 ms, which over a long import
// adds up to most of a second.
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
