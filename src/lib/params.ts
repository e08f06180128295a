// Route params come straight from the address bar: anything that cannot be an id is a 404 before any data is read.
import { notFound } from '@tanstack/react-router'

// Bundle ids are short ASCII slugs (hashes, dates, hyphens); nothing longer or stranger can name anything.
const ID = /^[A-Za-z0-9_-]{1,64}$/
// Printed page numbers 1–9999 or lettered pages A1–Z999, no leading zero, so each page has one URL.
export const PAGE_NO = /^(?:[1-9]\d{0,3}|[A-Z][1-9]\d{0,2})$/

/** A page name (3, A2) as a search param value: numbers stay numbers, so the address reads page=3 rather than page="3". */
export function pageSearchValue(no: string): string | number {
  return /^\d+$/.test(no) ? Number(no) : no
}

export function isIdParam(value: string): boolean {
  return ID.test(value)
}

export function isPageNoParam(value: string): boolean {
  return PAGE_NO.test(value)
}

/** Throws the router's notFound() unless every id looks like an id and the page number like a page number. */
export function assertParams(params: { ids?: string[]; pageNo?: string }): void {
  if (params.ids?.some((id) => !isIdParam(id))) throw notFound()
  if (params.pageNo !== undefined && !isPageNoParam(params.pageNo)) throw notFound()
}
