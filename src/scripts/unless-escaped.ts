/**
 * Runs `task`, which loads code on first use and then opens something (the search dialog, the image
 * zoom). On a slow connection or device that load takes a moment, and an Escape pressed in that moment
 * means "never mind": `cancelled()` tells the task so, and it must not open anything afterwards.
 */
export async function unlessEscaped(task: (cancelled: () => boolean) => Promise<unknown>): Promise<void> {
  let cancelled = false;
  const cancel = (event: KeyboardEvent) => {
    if (event.key === 'Escape') cancelled = true;
  };
  document.addEventListener('keydown', cancel, true);
  try {
    await task(() => cancelled);
  } finally {
    document.removeEventListener('keydown', cancel, true);
  }
}
