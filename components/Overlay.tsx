/**
 * The on-page overlay: a marker around each flagged element (coloured by severity) and a panel listing
 * this page's findings. Markers never take pointer events except their small badge, so the page stays usable.
 * Layout is read for all markers in one batch, then written (no forced layout per marker).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Severity } from '../engine/result';
import { SEVERITY_COLOR, bySeverity } from './severity';

export interface OverlayItem {
  id: string;
  el: Element | null;
  severity: Severity;
  category: string;
  title: string;
  message: string;
  why: string;
  fix: string;
  status: 'open' | 'dismissed';
}

export interface OverlayProps {
  items: OverlayItem[];
  error?: string;
  /** Bumped by the host when the page scrolls/resizes, to re-measure. */
  layoutTick: number;
  onDismiss?: (id: string, reason: string) => void;
  onClose?: () => void;
}

interface Box { id: string; top: number; left: number; width: number; height: number }

function measure(items: OverlayItem[]): Box[] {
  const sx = window.scrollX;
  const sy = window.scrollY;
  const boxes: Box[] = [];
  for (const item of items) {
    if (!item.el || !item.el.isConnected) continue;
    const r = item.el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    boxes.push({ id: item.id, top: r.top + sy, left: r.left + sx, width: r.width, height: r.height });
  }
  return boxes;
}

export function Overlay({ items, error, layoutTick, onDismiss, onClose }: OverlayProps) {
  const open = useMemo(() => items.filter((i) => i.status === 'open').sort(bySeverity), [items]);
  const [selected, setSelected] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [boxes, setBoxes] = useState<Box[]>([]);

  useLayoutEffect(() => {
    setBoxes(measure(open));
  }, [open, layoutTick]);

  useEffect(() => {
    if (!selected) return;
    const item = open.find((i) => i.id === selected);
    item?.el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selected]);

  const byId = new Map(open.map((i) => [i.id, i]));
  const select = (id: string) => setSelected((cur) => (cur === id ? null : id));
  const step = (delta: number) => {
    if (open.length === 0) return;
    const idx = open.findIndex((i) => i.id === selected);
    const next = open[(idx + delta + open.length) % open.length];
    if (next) setSelected(next.id);
  };

  return (
    <div class="tl-root" dir="auto">
      <div class="tl-markers" aria-hidden="true">
        {boxes.map((b, n) => {
          const item = byId.get(b.id)!;
          const color = SEVERITY_COLOR[item.severity];
          return (
            <div
              key={b.id}
              class={`tl-marker${selected === b.id ? ' tl-selected' : ''}`}
              data-finding={b.id}
              data-severity={item.severity}
              style={{ top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px`, borderColor: color }}
            >
              <button class="tl-badge" style={{ background: color }} title={item.title} onClick={() => select(b.id)} tabIndex={-1}>
                {n + 1}
              </button>
            </div>
          );
        })}
      </div>
      <section
        class={`tl-panel${collapsed ? ' tl-collapsed' : ''}`}
        aria-label="Trustlens findings"
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); step(1); }
          if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); step(-1); }
          if (e.key === 'Escape') setSelected(null);
        }}
      >
        <header class="tl-head">
          <strong>Trustlens</strong>
          <span class="tl-count" data-testid="finding-count">{open.length} finding{open.length === 1 ? '' : 's'}</span>
          <button class="tl-btn" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed}>
            {collapsed ? 'Show' : 'Hide'}
          </button>
          {onClose && <button class="tl-btn" onClick={onClose} aria-label="Close the overlay">×</button>}
        </header>
        {error && <p class="tl-error" role="alert">Could not save this scan: {error}</p>}
        {!collapsed && (
          <ol class="tl-list">
            {open.length === 0 && <li class="tl-empty">No trust friction found on this page.</li>}
            {open.map((item) => (
              <li key={item.id} class={`tl-item${selected === item.id ? ' tl-open' : ''}`} data-finding={item.id}>
                <button class="tl-item-btn" onClick={() => select(item.id)} aria-expanded={selected === item.id}>
                  <span class="tl-sev" style={{ background: SEVERITY_COLOR[item.severity] }}>{item.severity}</span>
                  <span class="tl-title">{item.title}</span>
                </button>
                {selected === item.id && (
                  <div class="tl-detail">
                    <p>{item.message}</p>
                    {item.why && <p><b>Why it matters: </b>{item.why}</p>}
                    {item.fix && <p><b>How to fix: </b>{item.fix}</p>}
                    {!item.el && <p class="tl-muted">This finding is about the whole page.</p>}
                    {onDismiss && (
                      <button
                        class="tl-btn"
                        onClick={() => {
                          const reason = window.prompt('Why is this not an issue?') ?? '';
                          if (reason.trim()) onDismiss(item.id, reason);
                        }}
                      >
                        Dismiss…
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
.tl-root { font: 13px/1.4 system-ui, sans-serif; color: #111; }
.tl-markers { position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none; }
.tl-marker { position: absolute; box-sizing: border-box; border: 2px solid; border-radius: 3px; pointer-events: none; }
.tl-marker.tl-selected { outline: 3px solid #111; outline-offset: 2px; }
.tl-badge { position: absolute; top: -10px; inset-inline-start: -10px; min-width: 20px; height: 20px; border-radius: 10px; border: 0; color: #fff; font: bold 11px/20px system-ui, sans-serif; padding: 0 5px; cursor: pointer; pointer-events: auto; }
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
@media (prefers-color-scheme: dark) {
  .tl-panel, .tl-head { background: #1e1e1e; color: #eee; border-color: #555; }
  .tl-btn { background: #333; color: #eee; }
  .tl-item.tl-open .tl-item-btn { background: #2a2a2a; }
  .tl-count, .tl-muted, .tl-empty { color: #bbb; }
}
`;
