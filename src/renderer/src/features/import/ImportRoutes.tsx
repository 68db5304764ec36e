// The import feature at `import`: the page, and the window-wide drop target while it is shown (the shell
// may mount its own ImportDropTarget too, so that a drop on any page leads here; only one listens).
import { ImportDropTarget } from './DropTarget'
import { ImportPage } from './ImportPage'

export { ImportDropTarget }

export function ImportRoutes() {
  return (
    <>
      <ImportDropTarget />
      <ImportPage />
    </>
  )
}
