// A page that removes any element it did not create from <html> and <body> (with ?once=1: only the first).
window.__pageState = { removed: 0 };
const once = new URLSearchParams(location.search).has('once');
const mine = new Set([document.head, document.body, ...document.body.children]);
const observer = new MutationObserver(() => {
  for (const parent of [document.documentElement, document.body]) {
    for (const el of Array.from(parent.children)) {
      if (!mine.has(el) && el.tagName !== 'SCRIPT' && el.tagName !== 'STYLE') {
        el.remove();
        window.__pageState.removed++;
        if (once) observer.disconnect();
      }
    }
  }
});
observer.observe(document.documentElement, { childList: true, subtree: true });
