import type { PlaceLevel } from '@/schema/bundle'

const LEVEL_LABELS: Record<PlaceLevel, string> = { province: '省级', city: '地级', county: '县级', town: '乡镇级' }

export function levelLabel(level: PlaceLevel): string {
  return LEVEL_LABELS[level]
}
