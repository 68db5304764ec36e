// The renderer's door to whatever hosts it; features import from here only.
export type { AppInfo, BackupInfo, FileFilter, Host, OpenFilesOptions, SaveFileOptions, SaveFileResult } from './host'
export { chooseHost, getHost } from './select'
export { HostProvider, useHost } from './context'
export { createBrowserHost } from './browser'
export { createElectronHost } from './electron-host'
