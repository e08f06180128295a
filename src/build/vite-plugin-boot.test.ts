import type { Rollup } from 'vite'
import { describe, expect, it } from 'vitest'
import { appChunkFiles } from './vite-plugin-boot.ts'

const chunk = (fileName: string, imports: string[], dynamicImports: string[] = [], facadeModuleId: string | null = null) =>
  ({ type: 'chunk', fileName, imports, dynamicImports, facadeModuleId }) as unknown as Rollup.OutputChunk

describe('appChunkFiles', () => {
  const entry = chunk('assets/index.js', ['assets/shared.js'], ['assets/app.js', 'assets/search.js'], '/p/src/main.tsx')
  const bundle = Object.fromEntries(
    [
      entry,
      chunk('assets/app.js', ['assets/react.js', 'assets/router.js'], ['assets/route-a.js'], '/p/src/app.tsx'),
      chunk('assets/react.js', []),
      chunk('assets/router.js', ['assets/react.js', 'assets/shared.js']),
      chunk('assets/shared.js', []),
      chunk('assets/route-a.js', ['assets/lazy.js']),
      chunk('assets/lazy.js', []),
      chunk('assets/search.js', [], [], '/p/src/search.ts'),
    ].map((c) => [c.fileName, c]),
  ) as Rollup.OutputBundle

  it("lists the app's chunk and everything it imports statically, once each, not the entry's own imports", () => {
    expect(appChunkFiles(bundle, entry, /[/\\]src[/\\]app\.tsx$/).sort()).toEqual(['assets/app.js', 'assets/react.js', 'assets/router.js'])
  })

  it('leaves out the routes the app loads lazily, and lists nothing when the entry has no such import', () => {
    expect(appChunkFiles(bundle, entry, /app\.tsx$/)).not.toContain('assets/route-a.js')
    expect(appChunkFiles(bundle, entry, /nothing\.tsx$/)).toEqual([])
  })
})
