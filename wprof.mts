import { chromium } from 'playwright-core'
import { preview } from 'vite'
const outDir = process.argv[2]!
const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true }, logLevel: 'warn' })
const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage()
const workerP = page.waitForEvent('worker')
await page.goto(`${base}/search`)
const worker = await workerP
const out = await worker.evaluate(async () => {
  const m = await (await fetch('/data/search/manifest.json')).json()
  const rows = []
  for (const s of m.shards.slice(0, 12)) {
    let t = performance.now()
    const r1 = await fetch('/data/' + s.file); const b1 = await r1.text(); const tf = performance.now() - t
    t = performance.now(); JSON.parse(b1); const tj = performance.now() - t
    t = performance.now(); const r2 = await fetch('/data/' + s.index); const b2 = await r2.text(); const tf2 = performance.now() - t
    t = performance.now(); JSON.parse(b2); const tj2 = performance.now() - t
    rows.push([s.period, b1.length, b2.length, Math.round(tf), Math.round(tj), Math.round(tf2), Math.round(tj2)].join(' '))
  }
  return rows
})
console.log(out.join('\n'))
// the whole pipeline in the app: time a full count by shards searched / elapsed
await page.fill('input[type="search"]', '发展')
await page.keyboard.press('Enter')
const t0 = Date.now()
await page.waitForTimeout(20000)
console.log('after 20 s:', await page.locator('[role="status"]').first().innerText().catch(() => ''), Date.now() - t0)
await browser.close(); await server.close()
