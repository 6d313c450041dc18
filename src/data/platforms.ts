/** Platforms a guide or a tab can apply to, with the words readers see. */
export const platforms = {
  web: { label: 'Web', long: 'In a web browser' },
  ios: { label: 'iPhone & iPad', long: 'In the iPhone and iPad app' },
  android: { label: 'Android', long: 'In the Android app' },
  macos: { label: 'Mac', long: 'In the Mac app' },
  windows: { label: 'Windows', long: 'In the Windows app' },
} as const;

export type PlatformId = keyof typeof platforms;
export const platformIds = Object.keys(platforms) as [PlatformId, ...PlatformId[]];

/** Parses "ios android" (a Tab's platform prop) into ids, failing with the allowed values. */
export function parsePlatformList(value: unknown, where: string): PlatformId[] {
  const ids = String(value ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (ids.length === 0) throw new Error(`${where}: platform is required. Allowed: ${platformIds.join(', ')}.`);
  for (const id of ids) {
    if (!(id in platforms)) {
      throw new Error(`${where}: unknown platform "${id}". Allowed: ${platformIds.join(', ')}.`);
    }
  }
  return ids as PlatformId[];
}

/** "iPhone & iPad and Android" */
export function platformListLabel(ids: readonly PlatformId[]): string {
  const labels = ids.map((id) => platforms[id].label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}
