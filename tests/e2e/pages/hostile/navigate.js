// Navigates away the moment anything is added to the page (the review's overlay host), i.e. while the
// review script is still scanning and saving; without a review it stays.
window.__pageState = { ok: true };
new MutationObserver(() => { location.href = '/shop/contact.html'; }).observe(document.documentElement, { childList: true });
addEventListener('wxt:content-script-started', () => { location.href = '/shop/contact.html'; });
