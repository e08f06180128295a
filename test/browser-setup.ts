// Global setup for the browser tests: serves the built dist/ with `vite preview`
// on a free port and starts one Chromium that every test file connects to.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
    wsEndpoint: string
  }
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:browser does)')
  // port 0 lets the OS pick a free port; strictPort stops Vite from "trying the next one".
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' })
  const baseURL = server.resolvedUrls?.local[0]
  if (!baseURL) throw new Error('vite preview did not report a URL')
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  project.provide('baseURL', baseURL.replace(/\/$/, ''))
  project.provide('wsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}
