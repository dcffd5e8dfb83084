/** The picker's and the finding form's styles, added to the overlay's shadow root when first needed. */

const CSS = `
.tl-pick-box { position: fixed; display: none; box-sizing: border-box; border: 2px solid #1d4ed8; background: rgba(29,78,216,.12); pointer-events: none; z-index: 2147483646; }
.tl-pick-label { position: fixed; display: none; background: #1d4ed8; color: #fff; font: 12px/20px system-ui, sans-serif; padding: 0 6px; border-radius: 3px; pointer-events: none; z-index: 2147483647; white-space: nowrap; }
.tl-pick-help { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); background: #111; color: #fff; font: 13px/1.4 system-ui, sans-serif; padding: 6px 10px; border-radius: 6px; pointer-events: none; z-index: 2147483647; }
.tl-radio { font-weight: normal; margin-inline-end: 10px; }
.tl-row { display: flex; gap: 8px; } .tl-row > * { flex: 1; }
.tl-snippet { padding: 0; margin: 0; font-style: italic; overflow-wrap: anywhere; }
`;

/**
 * Adds the styles once to the shadow root `node` is in (after the overlay's own, so they win ties as
 * before). They leave the page with the overlay's host.
 */
export function addStyles(node: Node): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot) || root.querySelector('style[data-tl-picker]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-tl-picker', '');
  style.textContent = CSS;
  root.append(style);
}
