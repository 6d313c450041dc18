// <share-tools>: "Copy link" and "Share" on guide pages (src/components/ShareTools.astro), and copying
// the link of a heading or step when its "#" anchor is clicked.
const ANCHORS = 'a.heading-anchor[href^="#"], a.step-anchor[href^="#"]';

/**
 * The Clipboard API (https and localhost, which is where the site is served). Where it is refused,
 * the status line shows the link to copy by hand; the old execCommand('copy') fallback was dropped
 * to keep page-load JS within its 2 KB budget.
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's address without query or fragment (drops tracking parameters a link came with). */
const pageUrl = () => location.origin + location.pathname;

class ShareTools extends HTMLElement {
  timer = 0;

  connectedCallback() {
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    const say = (message: string) => {
      window.clearTimeout(this.timer);
      status.textContent = message;
      status.dataset.shown = '';
      this.timer = window.setTimeout(() => {
        delete status.dataset.shown;
        status.textContent = '';
      }, 4000);
    };
    const copy = async (url: string, what: string) => {
      say((await copyText(url)) ? `${what} copied` : `Copy this link: ${url}`);
    };

    this.querySelector('[data-copy-page]')!.addEventListener('click', () => copy(pageUrl(), 'Link to this guide'));

    const share = this.querySelector<HTMLButtonElement>('[data-share]')!;
    if (typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator.share({ title: this.dataset.title ?? document.title, url: pageUrl() }).catch(() => {
          /* the reader closed the sheet */
        });
      });
    }

    // Heading and step anchors: let the jump happen, and copy the URL with that fragment.
    document.addEventListener('click', (e) => {
      const a = (e.target as Element | null)?.closest?.<HTMLAnchorElement>(ANCHORS);
      if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const label = a.querySelector('.sr-only')?.textContent?.trim() || 'Link';
      copy(pageUrl() + a.getAttribute('href'), label);
    });
  }
}
customElements.define('share-tools', ShareTools);
