import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useShortcuts } from '@/lib/use-shortcuts'

const SHORTCUTS: [keys: string[], what: string][] = [
  [['←', '→'], '上一版 / 下一版'],
  [['j', 'k'], '下一篇 / 上一篇(版面上移动焦点,文章页直接翻篇)'],
  [['/'], '跳到检索框'],
  [['Enter', 'Shift+Enter'], '本版查找：下一处 / 上一处'],
  [['?'], '打开本说明'],
  [['Esc'], '关闭本说明'],
]

/**
 * `?` opens the list of keyboard shortcuts. A modal <dialog> makes the rest of the page
 * inert (focus stays inside) and closes on Esc; focus returns to where it was.
 */
export function ShortcutHelp() {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  const [open, setOpen] = useState(false)

  useShortcuts({ '?': () => setOpen(true) })

  useEffect(() => {
    const el = dialog.current
    if (!el) return
    if (open && !el.open) {
      opener.current = document.activeElement
      el.showModal()
    } else if (!open && el.open) {
      el.close()
    }
  }, [open])

  // A modal dialog makes the page inert, but Tab can still leave for the browser's own UI; keep it inside.
  function trapTab(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex]:not([tabindex="-1"])')]
    const first = focusable[0]
    const last = focusable.at(-1)
    if (!first || !last) return
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault()
      ;(event.shiftKey ? last : first).focus()
    }
  }

  function restoreFocus() {
    setOpen(false)
    if (opener.current instanceof HTMLElement) opener.current.focus()
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcut-help-title"
      onClose={restoreFocus}
      onKeyDown={trapTab}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] border-2 border-ink bg-paper p-6 text-ink backdrop:bg-black/40"
    >
      <h2 id="shortcut-help-title" className="nav-title">
        键盘快捷键
      </h2>
      <dl className="mt-4 space-y-2 text-sm">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what} className="flex gap-4">
            <dt className="w-16 shrink-0">
              {keys.map((k) => (
                <kbd key={k} className="mr-1 inline-block min-w-6 border border-ink/60 px-1 text-center font-sans text-xs">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-muted">在输入框中打字时快捷键不起作用。</p>
      <form method="dialog" className="mt-6 text-right">
        <button type="submit" className="cursor-pointer border border-ink px-4 py-1.5 text-sm hover:bg-ink hover:text-paper">
          关闭
        </button>
      </form>
    </dialog>
  )
}
