window.__pageState = { ok: true }; const p = new URLSearchParams(location.search).get("cross"); if (p) document.getElementById("cross").src = p;
