import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import { tanstackRouter } from '@tanstack/router-plugin/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { banmianBundle } from './src/build/vite-plugin-bundle.ts'

export default defineConfig({
  plugins: [
    // The router plugin must run before the React plugin.
    tanstackRouter({ target: 'react', autoCodeSplitting: true, routeFileIgnorePattern: '\\.test\\.tsx?$' }),
    react(),
    tailwindcss(),
    // BANMIAN_BUNDLE_DIR serves a prebuilt bundle (e.g. test/fixtures/bundle) instead of ingesting seeds/.
    banmianBundle({ seedsDir: 'seeds', bundleDir: process.env.BANMIAN_BUNDLE_DIR }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
})
