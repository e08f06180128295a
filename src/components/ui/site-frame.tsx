import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { OfflineNotice } from './offline-notice'
import { ReadingControls } from './reading-controls'
import { ShortcutHelp } from './shortcut-help'
import { ToastProvider } from './toast'

/**
 * The reader's own chrome around every screen: skip link, a slim wordmark bar with
 * the header tools, and a colophon. Header tools (reading controls, and later the
 * search box) go in the `tools` row, which wraps below the wordmark on a phone.
 */
export function SiteFrame({ children, tools }: { children: ReactNode; tools?: ReactNode }) {
  return (
    <ToastProvider>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          跳到正文
        </a>
        <header className="border-b border-ink/80 bg-paper-deep/70 print:hidden">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 md:px-8">
            <div className="flex items-baseline gap-3">
              <Link to="/" className="inline-flex min-h-11 items-center text-xl font-bold tracking-[0.2em] text-accent md:min-h-0">
                版面
              </Link>
              <span className="text-xs tracking-widest text-muted">地方报纸数字阅览</span>
              <Link to="/places" className="inline-flex min-h-11 min-w-11 items-center text-sm hover:text-accent md:min-h-0 md:min-w-0">
                地区
              </Link>
            </div>
            {/* On a phone every field and button here is a 44 px target, the search box's included. */}
            <div data-slot="header-tools" className="flex flex-1 flex-wrap items-center justify-end gap-x-4 gap-y-2 max-md:[&_button]:min-h-11 max-md:[&_input]:min-h-11">
              {tools}
              <ReadingControls />
            </div>
          </div>
        </header>
        <OfflineNotice />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none md:px-8">
          {children}
        </main>
        <footer className="border-t border-rule py-4 text-center text-xs text-muted print:hidden">
          版面 · 文字据原版数字化整理,标“推断”处为整理时推断 · 按 <kbd>?</kbd> 查看快捷键
        </footer>
      </div>
      <ShortcutHelp />
    </ToastProvider>
  )
}
