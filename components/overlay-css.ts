/**
 * The page panel's and markers' style sheet. Like the panel's texts, the content script does not carry it:
 * the background sends it with them ('panel-strings'), so it costs the page script nothing (~1 KB gzipped of
 * the 60 KB budget). Apart from components/Overlay.tsx so the background can send it without Preact.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.tl-root { font: 13px/1.4 system-ui, sans-serif; color: #111; }
.tl-markers { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
.tl-marker { position: absolute; box-sizing: border-box; border: 2px solid; border-radius: 3px; pointer-events: none; }
.tl-marker.tl-selected { outline: 3px solid #111; outline-offset: 2px; box-shadow: 0 0 0 5px rgba(255,255,255,.8); }
.tl-badge { position: absolute; min-width: 20px; height: 20px; box-sizing: border-box; border-radius: 10px; border: 0; color: #fff; font: bold 11px/20px system-ui, sans-serif; padding: 0 5px; cursor: pointer; pointer-events: auto; }
.tl-badge.tl-cluster { box-shadow: 0 0 0 2px #fff, 0 0 0 3px #111; }
.tl-panel { position: fixed; bottom: 12px; inset-inline-end: 12px; width: 340px; max-height: 60vh; overflow: auto; background: #fff; color: #111; border: 1px solid #999; border-radius: 8px; box-shadow: 0 4px 24px rgba(0,0,0,.25); z-index: 2147483647; }
.tl-head { display: flex; gap: 8px; align-items: center; padding: 8px 10px; border-bottom: 1px solid #ddd; position: sticky; top: 0; background: #fff; }
.tl-count { flex: 1; color: #444; }
.tl-btn { font: inherit; border: 1px solid #888; background: #f4f4f4; color: #111; border-radius: 4px; padding: 2px 8px; cursor: pointer; }
.tl-btn:focus-visible, .tl-item-btn:focus-visible, .tl-badge:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 1px; }
.tl-list { list-style: none; margin: 0; padding: 0; }
.tl-item { border-bottom: 1px solid #eee; }
.tl-item-btn { display: flex; gap: 8px; width: 100%; text-align: start; background: none; border: 0; padding: 8px 10px; font: inherit; color: inherit; cursor: pointer; }
.tl-item.tl-open .tl-item-btn { background: #f1f5f9; }
.tl-sev { color: #fff; border-radius: 3px; padding: 0 5px; font-size: 11px; text-transform: uppercase; align-self: start; }
.tl-detail { padding: 0 10px 10px; }
.tl-detail p { margin: 6px 0; }
.tl-muted, .tl-empty { color: #555; padding: 8px 10px; }
.tl-error { background: #fee2e2; color: #7f1d1d; margin: 0; padding: 8px 10px; }
.tl-notice { background: #fef3c7; color: #78350f; margin: 0; padding: 8px 10px; }
.tl-form { padding: 8px 10px; border-bottom: 1px solid #ddd; display: grid; gap: 6px; }
.tl-field { display: grid; gap: 2px; font-weight: 600; border: 0; padding: 0; margin: 0; }
.tl-field input:not([type=radio]), .tl-field textarea, .tl-field select { font: 13px system-ui, sans-serif; font-weight: normal; padding: 3px; border: 1px solid #888; border-radius: 4px; background: #fff; color: #111; }
.tl-primary { font-weight: bold; }
.tl-form > .tl-btn { justify-self: start; }
.tl-dismissed { padding: 6px 10px; } .tl-dismissed summary { cursor: pointer; color: #444; }
.tl-dismissed-item { padding: 4px 0; display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.tl-field input:focus-visible, .tl-field textarea:focus-visible, .tl-field select:focus-visible, .tl-dismissed summary:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .tl-panel, .tl-head { background: #1e1e1e; color: #eee; border-color: #555; }
  .tl-btn { background: #333; color: #eee; }
  .tl-item.tl-open .tl-item-btn { background: #2a2a2a; }
  .tl-count, .tl-muted, .tl-empty, .tl-dismissed summary { color: #bbb; }
  .tl-field input:not([type=radio]), .tl-field textarea, .tl-field select { background: #111; color: #eee; }
}
`;
