// Where the store keeps text packed (see @shared/packing/text): the text columns of row segments and of
// account directory chunks, and the row keys of each report. Packing happens below every writer, in a
// Dexie middleware, and unpacking above every reader, in a reading hook — so the rest of the app sees plain
// string arrays, and records stored before text was packed read as they always did.
import type { DBCore, Dexie, Middleware } from 'dexie'
import { packTextColumns, unpackTextColumns } from '@shared/packing/text'

interface WithColumns {
  columns?: object
}

const packColumns = <T extends WithColumns>(record: T): T => (record.columns ? { ...record, columns: packTextColumns(record.columns) } : record)
// a reading hook also sees the `undefined` of a key bulkGet did not find
const unpackColumns = <T extends WithColumns>(record: T | undefined): T | undefined => {
  if (!record?.columns) return record
  const columns = unpackTextColumns(record.columns)
  return columns === record.columns ? record : { ...record, columns }
}

/** Per table: the record as stored from the record as the app has it, and back. */
const CODECS: Record<string, { pack: (record: never) => unknown; unpack: (record: never) => unknown }> = {
  segments: { pack: packColumns, unpack: unpackColumns },
  accountDirectory: { pack: packColumns, unpack: unpackColumns },
  // a report's keys: its one array is the only property packTextColumns changes
  reportKeys: { pack: (record: object) => packTextColumns(record), unpack: (record: object | undefined) => record && unpackTextColumns(record) },
}

const packing: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'packed-text',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name)
      const codec = CODECS[name]
      if (!codec) return table
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request.type === 'add' || request.type === 'put' ? { ...request, values: request.values.map((v) => codec.pack(v as never)) } : request),
      }
    },
  }),
}

export function installPackedText(db: Dexie): void {
  db.use(packing)
  for (const [name, codec] of Object.entries(CODECS)) db.table(name).hook('reading', (record) => codec.unpack(record as never))
}
