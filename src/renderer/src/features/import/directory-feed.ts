// The account directory of the report being read, built while it is read: every packed segment is handed
// to a worker of its own, which adds it to a directory of this report alone, on the other core, while this
// worker goes on reading. At commit that directory is merged into the platform's stored one account by
// account (DirectoryBuilder.merge) instead of row by row. Where there is no Worker (Node tests), the same
// builder runs here. A feed that fails answers null, and the commit builds the directory from the rows.
import type { ReportKind } from '@shared/domain/records'
import type { SegmentSink } from '@shared/import/stage'
import { unpackSegment, type PackedSegment, type Segment } from '@shared/packing/columns'
import { DIRECTORY_SOURCES, DirectoryBuilder, type DirectoryChunk } from '@shared/packing/directory'
import { unpackTextColumns } from '@shared/packing/text'

export interface DirectoryFeed extends SegmentSink {
  /** the report's own directory, once every segment is in; null when it could not be built */
  finish(): Promise<DirectoryChunk[] | null>
  dispose(): void
}

/** What the directory worker is sent: a segment's id and count, and only the columns the directory reads. */
export type FeedMessage =
  | { type: 'segment'; platformId: string; segment: Pick<PackedSegment, 'id' | 'kind' | 'count' | 'columns'> }
  | { type: 'restart' }
  | { type: 'finish' }

export type FeedReply = { type: 'chunks'; chunks: DirectoryChunk[] } | { type: 'failed'; detail: string }

/** The columns of a segment the directory reads, text packed as the segment has it (one string per column
 * crosses the thread). */
export function feedSegment(segment: PackedSegment): FeedMessage & { type: 'segment' } {
  const columns = segment.columns as unknown as Record<string, unknown>
  const picked = Object.fromEntries(DIRECTORY_SOURCES[segment.kind].map((name) => [name, columns[name]]))
  return {
    type: 'segment',
    platformId: segment.platformId,
    segment: { id: segment.id, kind: segment.kind, count: segment.count, columns: picked as PackedSegment['columns'] },
  }
}

/** The reverse of feedSegment: a segment holding only the directory's columns, which is all `add` reads. */
export function fedSegment(message: FeedMessage & { type: 'segment' }): Segment {
  const { segment, platformId } = message
  return unpackSegment({ ...segment, platformId, reportId: '', seq: 0, sourceRows: new Int32Array(0) })
}

/** Built here, in this thread. */
export function localDirectoryFeed(platformId: string): DirectoryFeed {
  let builder = new DirectoryBuilder(platformId)
  return {
    add: (segment) => builder.add(unpackSegment(segment)),
    restart: () => (builder = new DirectoryBuilder(platformId)),
    finish: () => Promise.resolve(builder.finish()),
    dispose: () => undefined,
  }
}

/** Built in a worker of its own. */
export function workerDirectoryFeed(platformId: string): DirectoryFeed {
  let worker: Worker | null = new Worker(new URL('./directory-feed.worker.ts', import.meta.url), { type: 'module' })
  let failed = false
  const end = () => {
    worker?.terminate()
    worker = null
  }
  worker.onerror = () => {
    failed = true
    end()
  }
  return {
    add: (segment) => {
      if (segment.platformId !== platformId) throw new Error('a segment of another platform')
      worker?.postMessage(feedSegment(segment))
    },
    restart: () => worker?.postMessage({ type: 'restart' } satisfies FeedMessage),
    finish: () =>
      new Promise((resolve) => {
        const w = worker
        if (!w || failed) {
          resolve(null)
          return
        }
        w.onmessage = (event: MessageEvent<FeedReply>) => {
          resolve(event.data.type === 'chunks' ? event.data.chunks.map((c) => ({ ...c, columns: unpackTextColumns(c.columns) })) : null)
          end()
        }
        w.onerror = () => {
          resolve(null)
          end()
        }
        w.postMessage({ type: 'finish' } satisfies FeedMessage)
      }),
    dispose: end,
  }
}

export type DirectoryFeedFactory = (platformId: string, kind: ReportKind) => DirectoryFeed
