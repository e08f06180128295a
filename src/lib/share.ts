// Sharing and copying, with the fallbacks a browser may need.

/** Copies text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // Older browsers and plain-http hosts have no async clipboard; a selected textarea still copies.
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    try {
      return document.execCommand('copy')
    } catch {
      return false
    } finally {
      area.remove()
    }
  }
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/** The system share sheet where there is one (phones), else the link goes to the clipboard. */
export async function shareLink(data: { title: string; url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // NotAllowedError and friends: fall through to copying.
    }
  }
  return (await copyText(data.url)) ? 'copied' : 'failed'
}

/** The link to share: the article's own address, keeping the reader's ?hl= (marked text) and #pN (paragraph) from `current`. */
export function shareableUrl(articleUrl: string, current: string): string {
  const from = new URL(current)
  const to = new URL(articleUrl)
  const highlight = from.searchParams.get('hl')
  if (highlight) to.searchParams.set('hl', highlight)
  if (/^#p\d+$/.test(from.hash)) to.hash = from.hash
  return to.href
}

/** A QR code of `text` as one SVG path in module units (0…size), for an <svg viewBox> that React draws: no markup from data. */
export async function qrCodePath(text: string): Promise<{ size: number; path: string }> {
  // Loaded on demand: only a reader who asks for the code pays for the encoder.
  const { default: qrcode } = await import('qrcode-generator')
  const code = qrcode(0, 'M')
  // Byte mode takes one character per byte: give it the UTF-8 bytes, so a link with non-ASCII text still scans as written.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte')
  code.make()
  const size = code.getModuleCount()
  const cells: string[] = []
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) cells.push(`M${col} ${row}h1v1h-1z`)
  }
  return { size, path: cells.join('') }
}
