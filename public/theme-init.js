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

// The web font's stylesheet (media="print" in the page, font-subset.ts) applies once the app has rendered (main.tsx sends
// banmian:mounted): the text shows at once in the system's font, a prerendered page's included, and the web font's slices
// come after the app's code and data instead of before them on a slow link, then swap in. Should the app never render,
// they apply a few seconds after the page has loaded. data-fonts="on" says it applies.
;(function () {
  var on = false
  function fontsOn() {
    if (on) return
    on = true
    var link = document.getElementById('banmian-fonts')
    if (link) link.media = 'all'
    document.documentElement.dataset.fonts = 'on'
  }
  document.addEventListener('banmian:mounted', function () {
    requestAnimationFrame(function () {
      setTimeout(fontsOn)
    })
  })
  window.addEventListener('load', function () {
    setTimeout(fontsOn, 4000)
  })
})()
