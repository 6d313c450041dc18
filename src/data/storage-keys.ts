/**
 * Everything this site stores on a reader's device. Nothing else is ever written: no cookies, no
 * analytics. The about page prints this list, and a browser test checks that localStorage never holds
 * a key that is not here.
 */
export const storageKeys = [
  {
    key: 'otr-theme',
    what: 'Your light or dark theme choice, if you pick one with the theme button.',
  },
  {
    key: 'otr-platform',
    what: 'The platform tab you last chose (for example iPhone & iPad), so guides open on your device.',
  },
  {
    key: 'otr-checklist',
    what: 'Which steps you ticked on the “Start here” checklists and the privacy checkup, so your progress is there when you come back.',
  },
] as const;

export type StorageKey = (typeof storageKeys)[number]['key'];
