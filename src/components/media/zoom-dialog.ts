// <media-zoom-dialog>: shows a screenshot or illustration large in a native modal <dialog>.
// Loaded on demand by zoom-trigger.ts. Closes on Esc (native), the Close button, or a click
// on the backdrop; focus then returns to the image that opened it.

class MediaZoomDialog extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #body!: HTMLDivElement;
  #trigger: HTMLElement | null = null;

  connectedCallback() {
    if (this.#dialog) return;
    const dialog = document.createElement('dialog');
    dialog.className = 'media-zoom-dialog';
    dialog.setAttribute('closedby', 'any');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'media-zoom-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog.close());
    const body = document.createElement('div');
    body.className = 'media-zoom-body';
    dialog.append(close, body);
    // A click whose target is the <dialog> itself landed on the backdrop (the content box
    // fills the dialog), so it closes; clicks on the image or the button do not reach here.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      this.#body.replaceChildren();
      this.#trigger?.focus();
      this.#trigger = null;
    });
    this.append(dialog);
    this.#dialog = dialog;
    this.#body = body;
  }

  open(trigger: HTMLElement) {
    const media = cloneMedia(trigger);
    if (!media) return;
    this.#trigger = trigger;
    this.#dialog.setAttribute('aria-label', media.label);
    this.#body.replaceChildren(media.node);
    this.#dialog.showModal();
  }
}

/** A copy of the visible image inside the trigger, sized for the dialog. */
function cloneMedia(trigger: HTMLElement): { node: Element; label: string } | null {
  const svg = trigger.querySelector('svg');
  if (svg) {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    const natural = Number(svg.dataset.naturalWidth) || 720;
    // Up to 1.6x its natural size on wide screens; never below it, so on a phone the text stays
    // readable and the dialog scrolls sideways instead.
    const box = svg.viewBox.baseVal;
    const aspect = box && box.height ? box.width / box.height : 1.6;
    copy.style.inlineSize = `min(calc(96vw - 2rem), ${Math.round(natural * 1.6)}px, calc((94vh - 5rem) * ${aspect.toFixed(3)}))`;
    copy.style.minInlineSize = `${natural}px`;
    return { node: copy, label: `Enlarged illustration: ${svg.getAttribute('aria-label') ?? ''}` };
  }
  const picture = [...trigger.querySelectorAll('picture')].find((p) => getComputedStyle(p).display !== 'none');
  const img = picture?.querySelector('img');
  if (!picture || !img) return null;
  const copy = picture.cloneNode(true) as HTMLPictureElement;
  const copyImg = copy.querySelector('img')!;
  copyImg.loading = 'eager';
  // As large as the widest file served (at most twice its size on the page), never upscaled.
  const widest = Math.max(
    img.width,
    ...[...picture.querySelectorAll('source, img')].flatMap((el) =>
      (el.getAttribute('srcset') ?? '').split(',').map((c) => Number(/(\d+)w\s*$/.exec(c)?.[1] ?? 0)),
    ),
  );
  const size = Math.min(widest, img.width * 2);
  copyImg.style.inlineSize = `${size}px`;
  for (const el of copy.querySelectorAll('source, img')) el.setAttribute('sizes', `${size}px`);
  copyImg.removeAttribute('fetchpriority');
  return { node: copy, label: `Enlarged screenshot: ${img.alt}` };
}

if (!customElements.get('media-zoom-dialog')) customElements.define('media-zoom-dialog', MediaZoomDialog);

export function openZoom(trigger: HTMLElement) {
  let element = document.querySelector<MediaZoomDialog>('media-zoom-dialog');
  if (!element) {
    element = document.createElement('media-zoom-dialog') as MediaZoomDialog;
    document.body.append(element);
  }
  element.open(trigger);
}
