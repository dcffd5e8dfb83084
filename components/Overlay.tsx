/** @jsxRuntime classic */
/** @jsx h */
// Classic JSX (h from preact): the content script then ships no preact/jsx-runtime.
/**
 * The on-page overlay: a marker around each flagged element (coloured by severity) and a panel listing
 * this page's findings. Markers never take pointer events except their small badge, so the page stays usable.
 * Layout is read for all markers in one batch, then written (no forced layout per marker).
 */
import { Component, createRef, h } from 'preact';
import type { Severity } from '../engine/result';
import { SEVERITY_COLOR, bySeverity } from './severity';
import { clusterMarkers, type Cluster, type Rect } from './markers';
import type { OverlayStrings } from './overlay-strings';

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
  dismissReason?: string;
}

function fmt(text: string, value: string | number): string {
  return text.replace('$1', String(value));
}

export interface OverlayProps {
  /** The texts, localized (the content script gets them from the background; OVERLAY_STRINGS is English). */
  strings: OverlayStrings;
  items: OverlayItem[];
  error?: string;
  /** A note after an action, e.g. a finding saved without its screenshot. */
  notice?: string;
  /** Bumped by the host when the page scrolls/resizes, to re-measure. */
  layoutTick: number;
  onDismiss?: (id: string, reason: string) => void;
  onRestore?: (id: string) => void;
  onClose?: () => void;
  /** Starts the element picker ("Add finding"). */
  onPick?: () => void;
  /**
   * An element was picked: the panel shows the finding form, which this function puts into the slot it is
   * given (and returns a function that takes it out). Stable while the same draft is shown.
   */
  draftForm?: ((slot: HTMLElement) => () => void) | null;
  /** Bumped by the host for the "next finding" shortcut. */
  nextTick?: number;
}

interface Box { id: string; top: number; left: number; width: number; height: number }

const CONTROLS = 'input, select, textarea, button, a[href], [role=button], [contenteditable=true]';

/**
 * All layout reads for all markers in one batch (no writes in between, so one layout at most): each
 * element's box, and the boxes of page controls inside it, which badges must not cover.
 */
function measure(items: OverlayItem[]): { boxes: Box[]; obstacles: Rect[] } {
  const sx = window.scrollX;
  const sy = window.scrollY;
  const boxes: Box[] = [];
  const obstacles: Rect[] = [];
  const toDoc = (r: DOMRect): Rect => ({ top: r.top + sy, left: r.left + sx, width: r.width, height: r.height });
  for (const item of items) {
    if (!item.el || !item.el.isConnected) continue;
    const r = item.el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    boxes.push({ id: item.id, ...toDoc(r) });
    if (item.el.matches(CONTROLS)) obstacles.push(toDoc(r));
    const inner = item.el.querySelectorAll(CONTROLS);
    for (let i = 0; i < inner.length && i < 12; i++) {
      const c = inner[i]!.getBoundingClientRect();
      if (c.width || c.height) obstacles.push(toDoc(c));
    }
  }
  return { boxes, obstacles };
}

class DismissForm extends Component<{ s: OverlayStrings; onDismiss: (reason: string) => void; onCancel: () => void }, { reason: string }> {
  override state = { reason: '' };
  private field = createRef<HTMLTextAreaElement>();
  override componentDidMount() {
    this.field.current?.focus();
  }
  render() {
    const { s, onDismiss, onCancel } = this.props;
    const { reason } = this.state;
    return (
      <form
        class="tl-form tl-dismiss-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onDismiss(reason.trim());
        }}
      >
        <label class="tl-field">
          {s.dismissReason}
          <textarea ref={this.field} name="tl-reason" required maxLength={2000} rows={2} value={reason} onInput={(e) => this.setState({ reason: e.currentTarget.value })} />
        </label>
        <button class="tl-btn tl-primary" type="submit" disabled={!reason.trim()}>{s.dismiss}</button>{' '}
        <button class="tl-btn" type="button" onClick={onCancel}>{s.cancel}</button>
      </form>
    );
  }
}

/** Where the finding form goes: the picker script fills it (it is loaded only when the reviewer adds a finding). */
class DraftSlot extends Component<{ mount: (slot: HTMLElement) => () => void }> {
  private empty?: () => void;
  override componentDidMount() {
    this.empty = this.props.mount(this.base as HTMLElement);
  }
  override componentDidUpdate(prev: { mount: (slot: HTMLElement) => () => void }) {
    if (prev.mount === this.props.mount) return;
    this.empty?.();
    this.componentDidMount();
  }
  override componentWillUnmount() {
    this.empty?.();
  }
  render() {
    return <div class="tl-draft" />;
  }
}

interface OverlayState {
  selected: string | null;
  dismissing: string | null;
  collapsed: boolean;
  layout: { boxes: Box[]; clusters: Cluster[] };
}

/**
 * The overlay. Class components rather than hooks: preact/hooks would add ~1 KB gzipped to the content
 * script, which must stay ≤ 60 KB. Layout is measured after each render whose items or layoutTick changed
 * (then drawn in a second render), the selected finding is scrolled into view, and a new nextTick selects
 * the next finding.
 */
export class Overlay extends Component<OverlayProps, OverlayState> {
  override state: OverlayState = { selected: null, dismissing: null, collapsed: false, layout: { boxes: [], clusters: [] } };
  private panel = createRef<HTMLElement>();
  private listsOf?: OverlayItem[];
  private lists = { open: [] as OverlayItem[], dismissed: [] as OverlayItem[] };

  /** Open findings (worst first) and dismissed ones, recomputed only when the items change. */
  private split() {
    const items = this.props.items;
    if (items !== this.listsOf) {
      this.listsOf = items;
      this.lists = { open: items.filter((i) => i.status === 'open').sort(bySeverity), dismissed: items.filter((i) => i.status === 'dismissed') };
    }
    return this.lists;
  }

  private measure() {
    const { boxes, obstacles } = measure(this.split().open);
    const rtl = document.documentElement.dir === 'rtl' || getComputedStyle(document.documentElement).direction === 'rtl';
    this.setState({ layout: { boxes, clusters: clusterMarkers(boxes, obstacles, rtl) } });
  }

  private step(delta: number) {
    const { open } = this.split();
    if (open.length === 0) return;
    const idx = open.findIndex((i) => i.id === this.state.selected);
    const next = open[(idx < 0 && delta < 0 ? 0 : idx + delta + open.length) % open.length];
    if (next) this.setState({ selected: next.id });
  }

  /** The "next finding" shortcut: open the panel, select the next finding, focus it. */
  private next() {
    if (!this.props.nextTick) return;
    this.setState({ collapsed: false });
    this.step(1);
    this.panel.current?.querySelector<HTMLElement>('.tl-item.tl-open .tl-item-btn, .tl-item-btn')?.focus();
  }

  override componentDidMount() {
    this.measure();
    this.next();
  }

  override componentDidUpdate(prev: OverlayProps, prevState: OverlayState) {
    if (prev.items !== this.props.items || prev.layoutTick !== this.props.layoutTick) this.measure();
    const { selected } = this.state;
    if (selected && selected !== prevState.selected) {
      const item = this.split().open.find((i) => i.id === selected);
      item?.el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    }
    if (prev.nextTick !== this.props.nextTick) this.next();
  }

  render() {
    const { strings, error, notice, onDismiss, onRestore, onClose, onPick, draftForm } = this.props;
    const { selected, dismissing, collapsed, layout } = this.state;
    const { open, dismissed } = this.split();
    const s = strings;
    const boxes = layout.boxes;
    const setSelected = (selected: string | null) => this.setState({ selected });
    const setDismissing = (dismissing: string | null) => this.setState({ dismissing });
    const setCollapsed = (collapsed: boolean) => this.setState({ collapsed });
    const step = (delta: number) => this.step(delta);
    const byId = new Map(open.map((i) => [i.id, i]));
    const select = (id: string) => this.setState((st) => ({ selected: st.selected === id ? null : id }));
    /** A cluster's badge cycles through its findings. */
    const selectIn = (ids: string[]) => {
      const at = selected ? ids.indexOf(selected) : -1;
      setSelected(ids[(at + 1) % ids.length] ?? null);
    };
    const number = new Map(open.map((i, n) => [i.id, n + 1]));

    return (
      <div class="tl-root" dir="auto">
        <div class="tl-markers" aria-hidden="true">
          {boxes.map((b) => {
            // Layout is measured after a render: for one render it may still name a finding just dismissed.
            const item = byId.get(b.id);
            if (!item) return null;
            const color = SEVERITY_COLOR[item.severity];
            return (
              <div
                key={b.id}
                class={`tl-marker${selected === b.id ? ' tl-selected' : ''}`}
                data-finding={b.id}
                data-severity={item.severity}
                style={{ top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px`, borderColor: color }}
              />
            );
          })}
          {layout.clusters.map((c) => {
            const members = c.ids.map((id) => byId.get(id)).filter((m): m is OverlayItem => m !== undefined);
            const first = members[0];
            if (!first) return null;
            const ids = members.map((m) => m.id);
            const many = ids.length > 1;
            const worst = [...members].sort(bySeverity)[0]!;
            return (
              <button
                key={c.ids[0]}
                class={`tl-badge${many ? ' tl-cluster' : ''}`}
                data-count={ids.length}
                style={{ top: `${c.badge.top}px`, left: `${c.badge.left}px`, background: SEVERITY_COLOR[worst.severity] }}
                title={many ? members.map((m) => m.title).join('\n') : first.title}
                onClick={() => (many ? selectIn(ids) : select(first.id))}
                tabIndex={-1}
              >
                {many ? `${ids.length}` : number.get(first.id)}
              </button>
            );
          })}
        </div>
        <section
          ref={this.panel}
          class={`tl-panel${collapsed ? ' tl-collapsed' : ''}`}
          aria-label={s.findings}
          onKeyDown={(e) => {
            const field = e.target instanceof HTMLElement && e.target.closest('input, textarea, select, form');
            if (field) return;
            if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); step(1); }
            if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); step(-1); }
            if (e.key === 'Escape') setSelected(null);
          }}
        >
          <header class="tl-head">
            <strong>Trustlens</strong>
            <span class="tl-count" data-testid="finding-count">{fmt(open.length === 1 ? s.count1 : s.countN, open.length)}</span>
            <button class="tl-btn" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed}>
              {collapsed ? s.show : s.hide}
            </button>
            {onPick && !draftForm && <button class="tl-btn" data-testid="panel-pick" onClick={onPick}>{s.addFinding}</button>}
            {onClose && <button class="tl-btn" onClick={onClose} aria-label={s.close}>×</button>}
          </header>
          {error && <p class="tl-error" role="alert">{fmt(s.saveError, error)}</p>}
          {notice && <p class="tl-notice" role="status">{notice}</p>}
          {draftForm && <DraftSlot mount={draftForm} />}
          {!collapsed && (
            <ol class="tl-list">
              {open.length === 0 && <li class="tl-empty">{s.empty}</li>}
              {open.map((item) => (
                <li key={item.id} class={`tl-item${selected === item.id ? ' tl-open' : ''}`} data-finding={item.id}>
                  <button class="tl-item-btn" onClick={() => select(item.id)} aria-expanded={selected === item.id}>
                    <span class="tl-sev" style={{ background: SEVERITY_COLOR[item.severity] }}>{item.severity}</span>
                    <span class="tl-title">{item.title}</span>
                  </button>
                  {selected === item.id && (
                    <div class="tl-detail">
                      <p>{item.message}</p>
                      {item.why && <p><b>{s.why} </b>{item.why}</p>}
                      {item.fix && <p><b>{s.fix} </b>{item.fix}</p>}
                      {!item.el && <p class="tl-muted">{s.wholePage}</p>}
                      {onDismiss && dismissing !== item.id && (
                        <button class="tl-btn" onClick={() => setDismissing(item.id)}>
                          {s.dismissOpen}
                        </button>
                      )}
                      {onDismiss && dismissing === item.id && (
                        <DismissForm
                          s={s}
                          onDismiss={(reason) => {
                            setDismissing(null);
                            onDismiss(item.id, reason);
                          }}
                          onCancel={() => setDismissing(null)}
                        />
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
          {!collapsed && dismissed.length > 0 && (
            <details class="tl-dismissed">
              <summary>{fmt(s.dismissed, dismissed.length)}</summary>
              <ul class="tl-list">
                {dismissed.map((item) => (
                  <li key={item.id} class="tl-dismissed-item" data-finding={item.id}>
                    <span class="tl-title">{item.title}</span>
                    {item.dismissReason && <span class="tl-muted"> — {item.dismissReason}</span>}
                    {onRestore && <button class="tl-btn" onClick={() => onRestore(item.id)}>{s.restore}</button>}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      </div>
    );
  }
}
