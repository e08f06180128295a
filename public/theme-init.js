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

// The web font's stylesheet (media="print" in the page, font-subset.ts) applies once the page has painted: the text shows
// at once in the system's font and the web font's slices swap in as they arrive. data-fonts="on" says it applies.
document.addEventListener('DOMContentLoaded', function () {
  requestAnimationFrame(function () {
    setTimeout(function () {
      var link = document.getElementById('banmian-fonts')
      if (link) link.media = 'all'
      document.documentElement.dataset.fonts = 'on'
    })
  })
})
