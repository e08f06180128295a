import type { QueryClient } from '@tanstack/react-query'
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { ErrorView } from '@/components/ui/error-view'
import { NotFound } from '@/components/ui/not-found'
import { SiteFrame } from '@/components/ui/site-frame'
import { HeaderSearch } from '@/features/search/header-search'

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: () => (
    <SiteFrame tools={<HeaderSearch />}>
      <Outlet />
    </SiteFrame>
  ),
  notFoundComponent: NotFound,
  errorComponent: ErrorView,
})
