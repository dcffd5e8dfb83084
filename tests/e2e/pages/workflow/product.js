window.__pageState = { clicks: 0 };
document.getElementById('buy').addEventListener('click', () => { window.__pageState.clicks++; });
