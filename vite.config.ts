import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { VitePWA } from 'vite-plugin-pwa'
import { bootPreload } from './src/build/vite-plugin-boot-preload.ts'
import { banmianBundle } from './src/build/vite-plugin-bundle.ts'
import { banmianHeaders } from './src/build/vite-plugin-headers.ts'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

export default defineConfig(({ mode }) => ({
  resolve: { alias },
  // The search worker as an ES module with chunks: its entry is a few hundred bytes that ask for the search manifest while
  // the search code loads (src/features/search/search.worker.ts); as one IIFE file the request waited for all 93 KB.
  worker: { format: 'es' },
  // Unit tests (node), component tests (jsdom) and browser tests (real Chromium against the built dist/):
  // `npm run test:unit` runs the first two projects, `npm run test:browser` builds and runs the third.
  test: {
    // Ingest tests are CPU-bound; on a busy 2-core machine the 5 s default is too tight.
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts', 'test/bench/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'dom', include: ['src/**/*.test.tsx'], environment: 'jsdom', setupFiles: ['test/setup-dom.ts'] } },
      {
        // globalSetup serves dist/ with `vite preview` and starts Chromium; tests connect to both.
        extends: true,
        test: { name: 'browser', include: ['test/**/*.e2e.test.ts'], environment: 'node', globalSetup: ['test/browser-setup.ts'], testTimeout: 60_000, hookTimeout: 90_000 },
      },
    ],
  },
  // Under Vitest only React's transform is wanted: no route generation, ingest, headers or service worker.
  plugins: mode === 'test' ? [react()] : [
    // The router plugin must run before the React plugin.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, routeFileIgnorePattern: '\\.test\\.tsx?$' }),
    react(),
    tailwindcss(),
    // BANMIAN_BUNDLE_DIR serves a prebuilt bundle (e.g. test/fixtures/bundle) instead of ingesting seeds/.
    // BANMIAN_SEEDS_DIR ingests another folder of pages (the hostile-input browser test uses it).
    banmianBundle({ seedsDir: process.env.BANMIAN_SEEDS_DIR ?? 'seeds', bundleDir: process.env.BANMIAN_BUNDLE_DIR }),
    banmianHeaders(),
    bootPreload(),
    // Offline reading: the app shell is precached; index.json (and the catalog) network-first, the content-hashed issue
    // bodies, year lists and id-map shards cache-first.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      manifest: {
        name: '版面 · 地方报纸数字阅览',
        short_name: '版面',
        lang: 'zh-CN',
        start_url: '/',
        display: 'standalone',
        background_color: '#f6f1e7',
        theme_color: '#7a1f1f',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,woff2,svg}'],
        // The prerendered article and page HTML (thousands of files) is for visitors without the app, not the shell.
        globIgnores: ['articles/**', 'issues/**'],
        // The app's shell (index.html is the prerendered home page).
        navigateFallback: '/app.html',
        navigateFallbackDenylist: [/^\/data\//],
        runtimeCaching: [
          { urlPattern: /\/data\/(catalog|index)\.json$/, handler: 'NetworkFirst', options: { cacheName: 'banmian-catalog', networkTimeoutSeconds: 4 } },
          // The id map's shards keep their names as the archive grows: network first, the cache for offline reading.
          { urlPattern: /\/data\/lookup\//, handler: 'NetworkFirst', options: { cacheName: 'banmian-lookup', networkTimeoutSeconds: 4, expiration: { maxEntries: 200 } } },
          { urlPattern: /\/data\/(years|places)\//, handler: 'CacheFirst', options: { cacheName: 'banmian-lists', expiration: { maxEntries: 500 } } },
          { urlPattern: /\/data\/issues\//, handler: 'CacheFirst', options: { cacheName: 'banmian-issues', expiration: { maxEntries: 500 } } },
          // Search shards have hashed names (cache-first, the newest few hundred files); the manifest is network-first.
          { urlPattern: /\/data\/search\/manifest\.json$/, handler: 'NetworkFirst', options: { cacheName: 'banmian-search', networkTimeoutSeconds: 4 } },
          { urlPattern: /\/data\/search\//, handler: 'CacheFirst', options: { cacheName: 'banmian-search-shards', expiration: { maxEntries: 200 } } },
        ],
      },
    }),
  ],
}))
