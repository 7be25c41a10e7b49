// Copy buttons of the guides' code blocks (built by scripts/highlight-guide-code.mjs). One
// listener on the document serves every block, including those Redoc renders later. The block's
// exact source sits URI-encoded in its data-code attribute.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('.lk-copy') : null;
  const block = button?.closest('.lk-code');
  if (!button || !(block instanceof HTMLElement)) return;
  const copied = await copyText(decodeURIComponent(block.dataset.code ?? ''));
  // The button's text belongs to React; the state is shown through an attribute and CSS.
  button.setAttribute('data-state', copied ? 'copied' : 'failed');
  setTimeout(() => button.removeAttribute('data-state'), 2000);
});

/** The Clipboard API needs a secure context (https or loopback); elsewhere the old way. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
