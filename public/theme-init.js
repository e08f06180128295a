// The reader's theme and type size before the first paint (same key and checks as src/lib/preferences.ts).
// A file, not an inline script, so the Content-Security-Policy can refuse every inline script.
try {
  var p = JSON.parse(localStorage.getItem('banmian.reading') || '{}')
  if (['light', 'sepia', 'dark'].indexOf(p.theme) >= 0) document.documentElement.dataset.theme = p.theme
  // The reading text's size only; without a stored theme the system's light or dark setting applies (CSS).
  var s = [87.5, 100, 112.5, 125, 150, 175, 200][p.fontStep]
  if (s) document.documentElement.style.setProperty('--reading-scale', String(s / 100))
} catch {
  // A corrupt preference falls back to the defaults.
}

// The web font's stylesheet (media="print" in the page, font-subset.ts) is read once the app has rendered (src/app.tsx sends
// banmian:mounted): the text shows at once in the system's font, a prerendered page's included, and the web font's slices
// come after the app's code and data instead of before them on a slow link. Its faces are made and loaded by script,
// outside the document, and added to it together (facesOf). Should the app never render, they apply a few
// seconds after the page has loaded.
// The slices the page's text needs are loaded first and only then is the font used (data-fonts="swap", then "on" and the
// event banmian:fonts): used at once, each slice re-set the whole page as it arrived, a dozen layouts of every line on a
// phone. Until then data-fonts="wait" keeps the text in the system's font (styles.css); without JavaScript nothing waits.
;(function () {
  var root = document.documentElement
  root.dataset.fonts = 'wait'
  var started = false
  // The swap itself is a layout of every line in a new font, a long task on a phone (over 500 ms at 4x throttling for a
  // page's 2,500 characters): what is on screen swaps at once (data-fonts="swap"), and the rest, each block marked
  // data-font-later until its turn, in tasks of their own of a few milliseconds. data-fonts="on" and the
  // event banmian:fonts follow once all of it has.
  var STEP_CHARS = 120
  var STEP_MS = 8
  function ownText(el) {
    for (var n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.data.trim()) return true
    return false
  }
  /** The page's text in blocks of about STEP_CHARS characters: elements cut no finer than their own text allows. */
  function blocks(el, out) {
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
      var n = c.textContent.length
      if (!n || c.tagName === 'SCRIPT' || c.tagName === 'STYLE') continue
      if (n > STEP_CHARS && c.firstElementChild && !ownText(c)) blocks(c, out)
      else out.push(c)
    }
    return out
  }
  /** Swaps the web font in; `before`, when a function, runs once the blocks are measured, just before the swap. */
  function apply(before) {
    if (root.dataset.fonts !== 'wait') return
    var later = []
    var all = blocks(document.body, [])
    // Every block measured before anything changes: one layout, in the system's font as shown.
    for (var i = 0; i < all.length; i++) {
      var box = all[i].getBoundingClientRect()
      if (box.bottom <= 0 || box.top >= innerHeight) later.push(all[i])
    }
    for (var j = 0; j < later.length; j++) later[j].setAttribute('data-font-later', '')
    if (typeof before === 'function') before()
    root.dataset.fonts = 'swap'
    void root.offsetHeight
    function step() {
      // A block at a time, laid out at once, for up to STEP_MS: short tasks on any device, however costly its blocks.
      var start = performance.now()
      while (later.length && performance.now() - start < STEP_MS) {
        later.shift().removeAttribute('data-font-later')
        void root.offsetHeight
      }
      if (later.length) return setTimeout(step)
      root.dataset.fonts = 'on'
      document.dispatchEvent(new Event('banmian:fonts'))
    }
    setTimeout(step)
  }
  /** Each character of the text once: what the font needs, without making it look through a page of text. */
  function characters(text) {
    return Array.from(new Set(text)).join('')
  }
  /** The text set in bold: headlines and what the page marks bold. */
  function boldText() {
    var text = ''
    var bold = document.querySelectorAll('h1, h2, h3, h4, h5, h6, b, strong, th, .font-bold, .font-semibold')
    for (var i = 0; i < bold.length; i++) text += bold[i].textContent
    return text
  }
  /**
   * The fonts' stylesheet's faces as FontFace objects outside the document, or null where the browser cannot make them. A
   * face a stylesheet's rule loads re-sets every line of the page as it arrives, even while no text uses it yet (a full
   * layout per slice, hundreds of ms on a phone's CPU); one loaded outside the document re-sets nothing until it is added.
   */
  function facesOf(sheet) {
    if (typeof FontFace !== 'function' || !sheet) return null
    var rules
    try {
      rules = sheet.cssRules
    } catch {
      return null
    }
    var out = []
    for (var i = 0; i < rules.length; i++) {
      var s = rules[i].style
      var src = s && s.getPropertyValue('src')
      if (rules[i].type !== 5 || !src) continue
      try {
        out.push(
          new FontFace(s.getPropertyValue('font-family').replace(/["']/g, ''), src, {
            style: s.getPropertyValue('font-style') || 'normal',
            weight: s.getPropertyValue('font-weight') || '400',
            display: s.getPropertyValue('font-display') || 'swap',
            unicodeRange: s.getPropertyValue('unicode-range') || 'U+0-10FFFF',
          }),
        )
      } catch {
        return null
      }
    }
    return out.length ? out : null
  }
  /** The text's code points, sorted, once each. */
  function codePoints(text) {
    return Array.from(characters(text), function (c) {
      return c.codePointAt(0)
    }).sort(function (a, b) {
      return a - b
    })
  }
  /** Does the face's unicode-range hold one of `points` (sorted)? */
  function covers(face, points) {
    var ranges = face.unicodeRange.split(',')
    for (var i = 0; i < ranges.length; i++) {
      var m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(ranges[i])
      if (!m) continue
      var from = parseInt(m[1].replace(/\?/g, '0'), 16)
      var to = m[2] ? parseInt(m[2], 16) : m[1].indexOf('?') >= 0 ? parseInt(m[1].replace(/\?/g, 'F'), 16) : from
      // The first code point at or after `from`.
      var lo = 0
      var hi = points.length
      while (lo < hi) {
        var mid = (lo + hi) >> 1
        if (points[mid] < from) lo = mid + 1
        else hi = mid
      }
      if (lo < points.length && points[lo] <= to) return true
    }
    return false
  }
  /** Loads the faces the page's text needs outside the document, then adds every face to it at once and swaps the font in. */
  function loadFaces(faces) {
    var added = false
    function addAll() {
      if (added) return
      added = true
      // Added after apply has measured the page and right before the swap: the one re-set of the page is the swap's own.
      apply(function () {
        for (var i = 0; i < faces.length; i++) document.fonts.add(faces[i])
      })
    }
    // A slice that never comes does not keep the web font away for good.
    setTimeout(addAll, 10000)
    var regular = codePoints(document.body.textContent || '')
    var bold = codePoints(boldText())
    var loads = []
    for (var i = 0; i < faces.length; i++) {
      var face = faces[i]
      if (covers(face, Number(face.weight) >= 600 ? bold : regular)) loads.push(face.load())
    }
    Promise.all(loads).then(addAll, addAll)
  }
  function fontsOn() {
    if (started) return
    started = true
    var link = document.getElementById('banmian-fonts')
    var fonts = document.fonts
    if (!link || !fonts || typeof fonts.load !== 'function') {
      if (link) link.media = 'all'
      return apply()
    }
    // The stylesheet stays a print sheet: its faces are loaded and added by script (facesOf). Until it has come, wait.
    if (!link.sheet) {
      link.addEventListener('load', fontsFromSheet)
      return link.addEventListener('error', apply)
    }
    fontsFromSheet()
    function fontsFromSheet() {
      var faces = facesOf(link.sheet)
      if (faces) return loadFaces(faces)
      // Where faces cannot be made by script, the stylesheet's own: the slices the text needs load, then the font is used.
      link.media = 'all'
      setTimeout(apply, 10000)
      // After a frame, the stylesheet's faces are the document's.
      requestAnimationFrame(function () {
        var family = '16px "Banmian Serif"'
        var text = characters(document.body.textContent || '')
        Promise.all([fonts.load('400 ' + family, text), fonts.load('700 ' + family, characters(boldText()))]).then(apply, apply)
      })
    }
  }
  // Once the app's render has been painted and its work is done: the main thread's first idle moment after it (a second
  // at most), so that the slices' requests and decoding start after the view's content, never beside it.
  document.addEventListener('banmian:mounted', function () {
    requestAnimationFrame(function () {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(fontsOn, { timeout: 1000 })
      else setTimeout(fontsOn)
    })
  })
  window.addEventListener('load', function () {
    setTimeout(fontsOn, 4000)
  })
})()

// A prerendered page (src/build/prerender.ts appAfterText) holds the app's script, module preloads and data preloads
// inert until its text has painted: turned on here once the first contentful paint is reported, or after a few seconds
// where none comes (a tab opened in the background). The app's shell (app.html) has none: its app starts at once.
;(function () {
  var started = false
  function start() {
    if (started) return
    started = true
    var tags = document.querySelectorAll('[data-after-paint]')
    for (var i = 0; i < tags.length; i++) {
      var tag = tags[i]
      var kind = tag.getAttribute('data-after-paint')
      tag.removeAttribute('data-after-paint')
      if (tag.tagName === 'LINK') {
        tag.rel = kind
      } else if (kind === 'module') {
        var script = document.createElement('script')
        script.type = 'module'
        if (tag.hasAttribute('crossorigin')) script.crossOrigin = tag.getAttribute('crossorigin') || ''
        script.src = tag.getAttribute('data-src')
        document.head.appendChild(script)
      }
    }
  }
  function afterPaint() {
    if (!document.querySelector('[data-after-paint]')) return
    // Where no paint comes (a tab opened in the background) or paint timing is missing, a few seconds at most.
    setTimeout(start, 3000)
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes
    if (!types || types.indexOf('paint') < 0) {
      return requestAnimationFrame(function () {
        setTimeout(start)
      })
    }
    // The first contentful paint as presented, which comes after the frame's own work on the main thread.
    var observer = new PerformanceObserver(function (list) {
      if (!list.getEntriesByName('first-contentful-paint').length) return
      observer.disconnect()
      start()
    })
    observer.observe({ type: 'paint', buffered: true })
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint)
  else afterPaint()
})()
