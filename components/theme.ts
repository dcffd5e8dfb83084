/**
 * Shared look of the extension pages (popup, review page): system font, light and dark themes that
 * follow prefers-color-scheme, colours that pass WCAG AA contrast, and a visible focus ring everywhere.
 */
export const BASE_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4b5563; --line: #d1d5db; --panel: #f3f4f6; --accent: #1d4ed8;
  --btn: #f9fafb; --btn-fg: #111827; --focus: #1d4ed8; --notice-bg: #fef3c7; --notice-fg: #78350f;
  --error-bg: #fee2e2; --error-fg: #7f1d1d; --ok-bg: #dcfce7; --ok-fg: #14532d; --sel: #dbeafe;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121212; --fg: #ececec; --muted: #b5bcc6; --line: #4b5563; --panel: #1f2328; --accent: #93c5fd;
    --btn: #2a2f36; --btn-fg: #f3f4f6; --focus: #93c5fd; --notice-bg: #422006; --notice-fg: #fde68a;
    --error-bg: #450a0a; --error-fg: #fecaca; --ok-bg: #052e16; --ok-fg: #bbf7d0; --sel: #1e3a5f;
  }
}
html, body { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
h1 { font-size: 18px; margin: 0 0 8px; } h2 { font-size: 15px; margin: 12px 0 4px; } h3 { font-size: 14px; margin: 10px 0 4px; }
input, select, textarea { font: inherit; padding: 4px; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 4px; }
button { font: inherit; padding: 4px 10px; margin: 4px 4px 0 0; cursor: pointer; color: var(--btn-fg); background: var(--btn); border: 1px solid var(--muted); border-radius: 4px; }
button.primary { font-weight: bold; }
button:disabled { opacity: .6; cursor: default; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.meta { color: var(--muted); }
.notice { background: var(--notice-bg); color: var(--notice-fg); padding: 6px; }
.error { background: var(--error-bg); color: var(--error-fg); padding: 6px; }
.sev { color: #fff; border-radius: 3px; padding: 0 5px; font-size: 11px; text-transform: uppercase; display: inline-block; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
