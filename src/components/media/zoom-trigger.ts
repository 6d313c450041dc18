// The only media JS that loads with the page: one click listener. Keyboard users reach the
// same path, because Enter and Space on a <button> fire "click". The dialog code is fetched
// on the first activation; an Escape pressed while it loads cancels that opening (on a slow
// connection the dialog would otherwise appear after the reader has already dismissed it).
import { unlessEscaped } from '../../scripts/unless-escaped';

document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const trigger = target.closest<HTMLElement>('[data-media-zoom]');
  if (!trigger) return;
  event.preventDefault();
  void unlessEscaped(async (cancelled) => {
    const { openZoom } = await import('./zoom-dialog');
    if (!cancelled()) openZoom(trigger);
  });
});
