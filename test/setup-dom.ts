import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

// jsdom has no layout, so the router's scroll restoration would only log "not implemented".
window.scrollTo = () => {}
// Nor can it scroll an element into view (the article view does, for ?hl= and #p3).
Element.prototype.scrollIntoView = () => {}
