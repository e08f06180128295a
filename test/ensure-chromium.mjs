// Makes sure the browser tests have a Chromium: CHROMIUM_PATH, or Debian's /usr/bin/chromium,
// installed with apt-get when missing and we may (root on Debian). Playwright's own download
// is not used: it cannot be fetched on the project's machines.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROMIUM_PATH
if (!canInstall) {
  console.error(`Chromium not found at ${path}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}
console.error(`Chromium not found at ${path}: installing Debian's chromium with apt-get…`)
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env })
if (!existsSync(path)) {
  console.error(`apt-get finished but ${path} is still missing.`)
  process.exit(1)
}
