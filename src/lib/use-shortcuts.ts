import { useEffectEvent, useLayoutEffect } from 'react'

/** True when a key press belongs to a text field, so single-letter shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  // Buttons, checkboxes and radios are inputs too, but nobody types into them.
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'reset', 'submit'].includes(target.type)
}

/**
 * Single-key shortcuts (by KeyboardEvent.key) while the calling component is mounted.
 * They stay quiet while the reader types, holds a modifier, or has a dialog open.
 */
export function useShortcuts(keys: Record<string, (() => void) | undefined>) {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
    if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return
    const run = keys[event.key]
    if (!run) return
    event.preventDefault()
    run()
  })
  // Attached as the view is committed, before it is painted: a key pressed as soon as the page shows is not lost (a
  // passive effect runs after the paint, and a first render that takes long leaves a gap between them).
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [])
}
