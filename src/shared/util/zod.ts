// Zod as the app uses it: without its just-in-time compiled parsers, which are built with `new Function`
// — something the app's Content-Security-Policy (no 'unsafe-eval') forbids in the window and in workers.
// Every module validates through this import, so the setting is made before any schema runs.
import { z } from 'zod'

z.config({ jitless: true })

export { z }
