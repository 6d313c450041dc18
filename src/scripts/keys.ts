// The localStorage keys the browser code uses. They must match src/data/storage-keys.ts (a test checks).
export const THEME_KEY = 'otr-theme';
export const PLATFORM_KEY = 'otr-platform';
export const CHECKLIST_KEY = 'otr-checklist';
