import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react'

const ToastContext = createContext<(message: string) => void>(() => {})

/** A short confirmation in a polite live region, so screen readers hear it too. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; key: number }>()
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const show = useCallback((message: string) => {
    clearTimeout(timer.current)
    setToast((previous) => ({ message, key: (previous?.key ?? 0) + 1 }))
    timer.current = setTimeout(() => setToast(undefined), 4000)
  }, [])
  useEffect(() => () => clearTimeout(timer.current), [])
  return (
    <ToastContext value={show}>
      {children}
      {/* The region is always present: live regions only announce changes to an element already in the page. */}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-6 z-50 flex justify-center px-4 print:hidden">
        {toast && (
          <p key={toast.key} data-testid="toast" className="max-w-full rounded-sm bg-ink px-4 py-2 text-sm break-all text-paper shadow-lg">
            {toast.message}
          </p>
        )}
      </div>
    </ToastContext>
  )
}

export function useToast(): (message: string) => void {
  return useContext(ToastContext)
}
