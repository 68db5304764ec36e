// The directory worker of one import (see ./directory-feed.ts): adds the segments it is sent to a
// directory of that report alone and, when asked, sends it back with its text packed and its typed
// columns transferred.
import { DirectoryBuilder } from '@shared/packing/directory'
import { packTextColumns } from '@shared/packing/text'
import { fedSegment, type FeedMessage, type FeedReply } from './directory-feed'

let builder: DirectoryBuilder | null = null
/** why a segment could not be added: the directory is then incomplete, and finishing says so */
let failure: string | null = null

self.onmessage = (event: MessageEvent<FeedMessage>) => {
  const message = event.data
  try {
    if (message.type === 'segment') {
      builder ??= new DirectoryBuilder(message.platformId)
      builder.add(fedSegment(message))
    } else if (message.type === 'restart') {
      builder = null
      failure = null
    } else if (failure !== null) {
      self.postMessage({ type: 'failed', detail: failure } satisfies FeedReply)
    } else {
      const chunks = (builder?.finish() ?? []).map((c) => ({ ...c, columns: packTextColumns(c.columns) }))
      const transfer = chunks.flatMap((c) => Object.values(c.columns).flatMap((v: unknown) => (ArrayBuffer.isView(v) ? [v.buffer as ArrayBuffer] : [])))
      self.postMessage({ type: 'chunks', chunks } satisfies FeedReply, { transfer })
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
    if (message.type === 'finish') self.postMessage({ type: 'failed', detail: failure } satisfies FeedReply)
  }
}
