// The only media JS that loads with the page: one click listener. Keyboard users reach the
// same path, because Enter and Space on a <button> fire "click". The dialog code is fetched
// on the first activation.
document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const trigger = target.closest<HTMLElement>('[data-media-zoom]');
  if (!trigger) return;
  event.preventDefault();
  void import('./zoom-dialog').then(({ openZoom }) => openZoom(trigger));
});
