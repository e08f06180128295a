// Worker threads start without the TypeScript loader the main thread has; load the worker's source through tsx.
import { tsImport } from 'tsx/esm/api'

await tsImport('./page-worker.ts', import.meta.url)
