import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'

/** The reader's own chrome around every screen: a slim wordmark bar and a colophon. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-ink/80 bg-paper-deep/70">
        <div className="mx-auto flex max-w-7xl items-baseline gap-3 px-4 py-2 md:px-8">
          <Link to="/" className="text-xl font-bold tracking-[0.2em] text-accent">
            版面
          </Link>
          <span className="text-xs tracking-widest text-muted">地方报纸数字阅览</span>
        </div>
      </header>
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 md:px-8">{children}</main>
      <footer className="border-t border-rule py-4 text-center text-xs text-muted">
        版面 · 文字据原版数字化整理,标“推断”处为整理时推断
      </footer>
    </div>
  )
}
