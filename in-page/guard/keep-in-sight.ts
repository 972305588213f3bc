// Keeps an element of ours in the page and visible while it must be seen (a held submission's
// question): a page that hides it (a style, `hidden`) or removes it gets it back at once.

/** Watches `host` until the returned function is called. `style`: its inline style, !important throughout. */
export function keepInSight(host: HTMLElement, style: string): () => void {
  const doc = host.ownerDocument;
  const restore = () => {
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
  };
  restore();
  const observer = new MutationObserver(restore);
  observer.observe(doc.documentElement, { childList: true });
  observer.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  return () => observer.disconnect();
}
