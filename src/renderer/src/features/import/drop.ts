// Files dropped on the window, handed to the import page. A drop target may be mounted both by the shell
// (so that a drop on any page goes to the import page) and by the import page itself; only the first one
// mounted listens, so that a drop is taken once.

type Listener = () => void

let pending: File[] = []
const fileListeners = new Set<Listener>()

/** Keeps dropped files until the import page takes them. */
export function handOver(files: readonly File[]): void {
  pending = [...pending, ...files]
  for (const listener of fileListeners) listener()
}

/** The files dropped since the last call; empties the hand-over. */
export function takeDropped(): File[] {
  const files = pending
  pending = []
  return files
}

export function onDropped(listener: Listener): () => void {
  fileListeners.add(listener)
  return () => fileListeners.delete(listener)
}

let targets: symbol[] = []
const targetListeners = new Set<Listener>()

function changed(): void {
  for (const listener of targetListeners) listener()
}

/** Registers a mounted drop target; returns its unregistration. */
export function registerTarget(id: symbol): () => void {
  targets = [...targets, id]
  changed()
  return () => {
    targets = targets.filter((t) => t !== id)
    changed()
  }
}

export function activeTarget(): symbol | undefined {
  return targets[0]
}

export function onTargetsChanged(listener: Listener): () => void {
  targetListeners.add(listener)
  return () => targetListeners.delete(listener)
}

/** True when a drag carries files (not text or a link dragged from the page itself). */
export function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}
