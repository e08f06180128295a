import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup)

// jsdom has no layout, so the router's scroll restoration would only log "not implemented".
window.scrollTo = () => {}
// Nor can it scroll an element into view (the article view does, for ?hl= and #p3).
Element.prototype.scrollIntoView = () => {}

// A cold route reads several small bundle files in turn (index, id-map shard, year list, body); on the shared 2-core
// machine that can take longer than Testing Library's 1 s default for findBy*.
configure({ asyncUtilTimeout: 10_000 })
