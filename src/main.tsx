import './styles.css'

// The app's code is evaluated in steps, each in a task of its own, so that a phone's main thread is never held for the
// whole boot at once (Lighthouse mobile, 4× CPU: one task of 400–500 ms, in which a tap on a prerendered page waited):
// React and ReactDOM first, then the bundle's schemas, then the router, its routes and the rest of the app, which then
// starts. The chunks are fetched together from the start (their module preloads are in index.html,
// src/build/vite-plugin-boot-preload.ts); only their evaluation is spread out.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

async function boot(): Promise<void> {
  await import('react-dom/client')
  await nextTask()
  await import('./schema/bundle')
  await nextTask()
  const { start } = await import('./app')
  await nextTask()
  start()
}

void boot()
