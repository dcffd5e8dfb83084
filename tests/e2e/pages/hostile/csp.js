window.__pageState = { ok: true, violations: 0 }; document.addEventListener("securitypolicyviolation", () => window.__pageState.violations++);
