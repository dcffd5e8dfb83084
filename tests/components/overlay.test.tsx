// @vitest-environment happy-dom
/** The page panel's own behaviour (a class component): selection, the "next finding" shortcut, dismissal, the draft slot. */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayItem, type OverlayProps } from '../../components/Overlay';
import { OVERLAY_STRINGS } from '../../components/overlay-strings';

const item = (id: string, severity: OverlayItem['severity'], status: OverlayItem['status'] = 'open'): OverlayItem => ({
  id, el: null, severity, category: 'forms', title: `Title ${id}`, message: `Message ${id}`, why: `Why ${id}`, fix: '', status,
});
const ITEMS = [item('a', 'minor'), item('b', 'critical'), item('c', 'moderate', 'dismissed')];

/** Renders and lets Preact's queued re-renders (setState) run. */
async function draw(root: HTMLElement, props: Partial<OverlayProps> = {}) {
  render(<Overlay strings={OVERLAY_STRINGS} items={ITEMS} layoutTick={0} {...props} />, root);
  for (let i = 0; i < 3; i++) await new Promise((ok) => setTimeout(ok));
}

function mount() {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  const q = (sel: string) => root.querySelector<HTMLElement>(sel);
  const qa = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
  return { root, q, qa };
}

describe('Overlay panel', () => {
  it('lists open findings worst first, counts them, and keeps dismissed ones apart', async () => {
    const { root, q, qa } = mount();
    await draw(root);
    expect(qa('.tl-item').map((li) => li.dataset.finding)).toEqual(['b', 'a']);
    expect(q('[data-testid=finding-count]')!.textContent).toBe('2 findings');
    expect(q('.tl-dismissed summary')!.textContent).toBe('Dismissed (1)');
  });

  it('opens a finding on click and again closes it; the shortcut selects the next and focuses it', async () => {
    const { root, q } = mount();
    await draw(root);
    q('.tl-item[data-finding=b] .tl-item-btn')!.click();
    await draw(root);
    expect(q('.tl-item.tl-open')!.dataset.finding).toBe('b');
    expect(q('.tl-detail')!.textContent).toContain('Why b');
    q('.tl-item[data-finding=b] .tl-item-btn')!.click();
    await draw(root);
    expect(q('.tl-item.tl-open')).toBeNull();
    await draw(root, { nextTick: 1 });
    expect(q('.tl-item.tl-open')!.dataset.finding).toBe('b');
    await draw(root, { nextTick: 2 });
    expect(q('.tl-item.tl-open')!.dataset.finding).toBe('a');
    expect(document.activeElement).toBe(q('.tl-item[data-finding=b] .tl-item-btn')); // focused before the re-render, as with hooks
  });

  it('dismisses with a reason (the field is focused; no reason, no dismissal)', async () => {
    const { root, q } = mount();
    const onDismiss = vi.fn();
    await draw(root, { onDismiss });
    q('.tl-item[data-finding=a] .tl-item-btn')!.click();
    await draw(root, { onDismiss });
    q('.tl-detail .tl-btn')!.click();
    await draw(root, { onDismiss });
    const reason = q('[name=tl-reason]') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(reason);
    expect((q('.tl-dismiss-form button[type=submit]') as HTMLButtonElement).disabled).toBe(true);
    reason.value = ' not relevant ';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    await draw(root, { onDismiss });
    (q('.tl-dismiss-form') as HTMLFormElement).requestSubmit();
    expect(onDismiss).toHaveBeenCalledWith('a', 'not relevant');
  });

  it('fills the draft slot once per draft, hides "Add finding" meanwhile, and empties the slot after', async () => {
    const { root, q } = mount();
    const empty = vi.fn();
    const draftForm = vi.fn((slot: HTMLElement) => {
      slot.append(Object.assign(document.createElement('form'), { className: 'probe' }));
      return empty;
    });
    const onPick = vi.fn();
    await draw(root, { onPick });
    expect(q('[data-testid=panel-pick]')).not.toBeNull();
    await draw(root, { onPick, draftForm });
    await draw(root, { onPick, draftForm, layoutTick: 1 });
    expect(draftForm).toHaveBeenCalledTimes(1);
    expect(q('.tl-draft .probe')).not.toBeNull();
    expect(q('[data-testid=panel-pick]')).toBeNull();
    await draw(root, { onPick, draftForm: null });
    expect(empty).toHaveBeenCalledTimes(1);
    expect(q('.tl-draft')).toBeNull();
  });
});
