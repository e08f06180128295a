import { describe, expect, it } from 'vitest'
import { bootChunks } from './vite-plugin-boot-preload'

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) => ({ type: 'chunk' as const, fileName, imports, dynamicImports })

describe('bootChunks', () => {
  const entry = chunk('assets/index.js', ['assets/preload-helper.js'], ['assets/client.js', 'assets/schemas.js', 'assets/app.js'])
  const bundle = {
    'assets/index.js': entry,
    'assets/preload-helper.js': chunk('assets/preload-helper.js'),
    'assets/client.js': chunk('assets/client.js', ['assets/react.js']),
    'assets/react.js': chunk('assets/react.js'),
    'assets/schemas.js': chunk('assets/schemas.js', ['assets/zod.js']),
    'assets/zod.js': chunk('assets/zod.js'),
    'assets/app.js': chunk('assets/app.js', ['assets/react.js', 'assets/router.js', 'assets/preload-helper.js'], ['assets/route-a.js']),
    'assets/router.js': chunk('assets/router.js', ['assets/react.js']),
    'assets/route-a.js': chunk('assets/route-a.js', ['assets/heavy.js']),
    'assets/heavy.js': chunk('assets/heavy.js'),
    'assets/style.css': { type: 'asset' as const },
  }

  it('lists what the entry imports at boot with all their static imports, once each', () => {
    expect(bootChunks(bundle, entry).sort()).toEqual(['assets/app.js', 'assets/client.js', 'assets/react.js', 'assets/router.js', 'assets/schemas.js', 'assets/zod.js'])
  })

  it('leaves out lazy routes below the boot chunks and what the entry already imports statically', () => {
    const found = bootChunks(bundle, entry)
    expect(found).not.toContain('assets/route-a.js')
    expect(found).not.toContain('assets/heavy.js')
    expect(found).not.toContain('assets/preload-helper.js')
  })
})
