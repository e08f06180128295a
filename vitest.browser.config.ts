import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// End-to-end tests against the built app: globalSetup serves dist/ with
// `vite preview` and starts Chromium; tests connect to both.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['test/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
