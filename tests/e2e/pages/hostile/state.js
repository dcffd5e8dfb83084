window.__pageState = { ok: true, clicks: 0 }; document.addEventListener("click", () => window.__pageState.clicks++);
