// Writing catalogues: a new version derived from an existing one, and a catalogue taken in from a file. Both
// go through the data layer (one audited transaction each) and check again inside it, against what the store
// holds at that moment, so a version number taken meanwhile is refused rather than overwritten.
import type { Catalogue } from '@shared/catalogue/types'
import { validateCatalogue } from '@shared/catalogue/validate'
import { admitImport, deriveVersion, type DeriveInput } from '@shared/catalogue/versions'
import type { Problem } from '@shared/i18n'
import { UserError, type DataLayer, type WriteTx } from '@renderer/db/data-layer'

/** A refusal with every problem found, for forms and the import list; the first one is its message. */
export class CatalogueRefused extends UserError {
  constructor(readonly problems: Problem[]) {
    super(problems[0] ?? { key: 'common.error' })
  }
}

export interface Author {
  actorName: string
  now?: Date
}

function summary(c: Catalogue): string {
  return `${c.titleZh} 第${c.version}版`
}

async function family(tx: WriteTx, code: string): Promise<Catalogue[]> {
  return tx.table('catalogues').where('code').equals(code).toArray()
}

/** Stores a catalogue that must not exist yet, validated once more as it is written. */
async function putNew(tx: WriteTx, catalogue: Catalogue): Promise<void> {
  if (await tx.get('catalogues', catalogue.id)) {
    throw new CatalogueRefused([{ key: 'validation.catalogue.versionExists', path: 'version', params: { code: catalogue.code, version: catalogue.version } }])
  }
  const checked = validateCatalogue(catalogue)
  if (!checked.ok) throw new CatalogueRefused(checked.problems)
  await tx.put('catalogues', checked.catalogue)
}

/** Derives and stores a new version of the catalogue `baseId`; refuses with every problem found. */
export async function createVersion(data: DataLayer, baseId: string, input: DeriveInput, { actorName, now = new Date() }: Author): Promise<Catalogue> {
  const derive = (base: Catalogue | undefined, existing: Catalogue[]): Catalogue => {
    if (!base) throw new CatalogueRefused([{ key: 'validation.catalogue.notCatalogue', path: '', params: { detail: baseId } }])
    const result = deriveVersion(base, existing, input, actorName, now)
    if (!result.ok) throw new CatalogueRefused(result.problems)
    return result.catalogue
  }
  // a first pass outside the write names the new version for the audit entry
  const base = await data.db.catalogues.get(baseId)
  const planned = derive(base, base ? await data.db.catalogues.where('code').equals(base.code).toArray() : [])
  return data.write(
    { action: 'catalogue.create', entity: 'catalogue', entityId: planned.id, summary: summary(planned) },
    ['catalogues'],
    async (tx) => {
      const current = await tx.table('catalogues').get(baseId)
      const made = derive(current, current ? await family(tx, current.code) : [])
      if (made.id !== planned.id) {
        throw new CatalogueRefused([{ key: 'validation.catalogue.versionExists', path: 'version', params: { code: planned.code, version: planned.version } }])
      }
      await putNew(tx, made)
      return made
    },
  )
}

export interface Imported {
  catalogue: Catalogue
  /** the file's own version number when it was taken here already */
  renumberedFrom: number | null
}

/** Stores a catalogue read from a file (see admitImport for how versions are numbered). */
export async function importCatalogue(data: DataLayer, catalogue: Catalogue, { actorName, now = new Date() }: Author): Promise<Imported> {
  const admit = (existing: Catalogue[]): Imported => {
    const result = admitImport(catalogue, existing, actorName, now)
    if (!result.ok) throw new CatalogueRefused(result.problems)
    return { catalogue: result.catalogue, renumberedFrom: result.renumberedFrom }
  }
  const planned = admit(await data.db.catalogues.where('code').equals(catalogue.code).toArray())
  return data.write(
    { action: 'catalogue.import', entity: 'catalogue', entityId: planned.catalogue.id, summary: summary(planned.catalogue) },
    ['catalogues'],
    async (tx) => {
      const made = admit(await family(tx, catalogue.code))
      if (made.catalogue.id !== planned.catalogue.id) {
        throw new CatalogueRefused([{ key: 'validation.catalogue.versionExists', path: 'version', params: { code: catalogue.code, version: made.catalogue.version } }])
      }
      await putNew(tx, made.catalogue)
      return made
    },
  )
}
