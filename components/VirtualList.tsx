/**
 * A windowed list of fixed-height rows: only the rows in view (plus a few) are in the DOM, so 10,000
 * findings scroll as smoothly as ten. Arrow keys / j k move the selection and keep it in view.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, windowRange } from './findings-view';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Height of the scroll viewport in px. */
  height: number;
  selected: number;
  onSelect: (index: number) => void;
  renderRow: (index: number) => ComponentChildren;
  label: string;
}

export function VirtualList({ count, rowHeight, height, selected, onSelect, renderRow, label }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  /** Row to focus once it is the selected one (after a key press moved the selection). */
  const focusAfter = useRef(-1);
  const range = windowRange(count, rowHeight, scrollTop, height);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || selected < 0) return;
    const next = scrollToRow(selected, rowHeight, el.scrollTop, height);
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(next);
    }
  }, [selected]);

  useEffect(() => {
    if (focusAfter.current < 0 || focusAfter.current !== selected) return;
    focusAfter.current = -1;
    ref.current?.querySelector<HTMLElement>(`[data-row="${selected}"] button`)?.focus();
  });

  const rows = [];
  for (let i = range.start; i < range.end; i++) {
    rows.push(
      <li key={i} data-row={i} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }} class={i === selected ? 'vrow sel' : 'vrow'}>
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div
      ref={ref}
      class="vlist"
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={(e) => {
        const down = e.key === 'ArrowDown' || e.key === 'j';
        const up = e.key === 'ArrowUp' || e.key === 'k';
        if (!down && !up) return;
        if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
        e.preventDefault();
        const next = Math.max(0, Math.min(count - 1, (selected < 0 ? -1 : selected) + (down ? 1 : -1)));
        focusAfter.current = next;
        onSelect(next);
      }}
    >
      <ul aria-label={label} style={{ height: `${range.total}px` }}>
        {rows}
      </ul>
    </div>
  );
}
