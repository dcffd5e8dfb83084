// @vitest-environment happy-dom
/**
 * The picker script's "new finding" form (plain DOM): what the reviewer sees and what a save sends.
 * The real-browser path (pick, fill, save with screenshot) is tests/e2e/workflow.spec.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { mountFindingForm, type DraftForm } from '../../entrypoints/picker.content/form';
import { OVERLAY_STRINGS } from '../../components/overlay-strings';

function setup(onSave: (f: DraftForm) => Promise<string | void> = async () => undefined) {
  const host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const slot = document.createElement('div');
  shadow.append(slot);
  const save = vi.fn(onSave);
  const cancel = vi.fn();
  const empty = mountFindingForm(slot, { strings: { ...OVERLAY_STRINGS, catForms: 'Formulare' }, draft: { snippet: 'Service fee 4.99 €', selector: '#fee' }, onSave: save, onCancel: cancel });
  const form = slot.querySelector('form')!;
  const q = <T extends Element>(sel: string) => form.querySelector<T>(sel)!;
  return { shadow, slot, form, q, save, cancel, empty };
}

/** Lets the save's promise chain settle (the mocked save resolves at once). */
const settle = () => new Promise((ok) => setTimeout(ok));

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('finding form', () => {
  it('shows the picked element, localized options and the defaults; styles once in the shadow root', () => {
    const { form, q, shadow, slot } = setup();
    expect(form.dataset.testid).toBe('finding-form');
    expect(form.getAttribute('aria-label')).toBe('New finding');
    expect(q('.tl-snippet').textContent).toBe('Service fee 4.99 €');
    expect(q('.tl-snippet').getAttribute('title')).toBe('#fee');
    expect(q<HTMLSelectElement>('[name=tl-category]').value).toBe('transparency');
    expect([...q<HTMLSelectElement>('[name=tl-category]').options].map((o) => o.textContent)).toContain('Formulare');
    expect(q<HTMLSelectElement>('[name=tl-severity]').value).toBe('moderate');
    expect(q<HTMLInputElement>('[name=tl-capture][value=element]').checked).toBe(true);
    expect(shadow.activeElement).toBe(q('[name=tl-title]'));
    expect(q<HTMLButtonElement>('button[type=submit]').disabled).toBe(true);
    expect(q('.tl-error')).toBeNull();
    mountFindingForm(slot, { strings: OVERLAY_STRINGS, draft: { snippet: '', selector: '' }, onSave: async () => undefined, onCancel: () => undefined });
    expect(shadow.querySelectorAll('style[data-tl-picker]')).toHaveLength(1);
    expect(slot.querySelectorAll('form')).toHaveLength(1);
  });

  it('saves trimmed values and parsed tags; a failed save shows its error and keeps the form', async () => {
    let fail = true;
    const { form, q, save } = setup(async () => (fail ? 'disk full' : undefined));
    type(q('[name=tl-title]'), '  Fee shown late  ');
    type(q('[name=tl-note]'), ' only at checkout ');
    q<HTMLSelectElement>('[name=tl-severity]').value = 'serious';
    type(q('[name=tl-tags]'), 'fees, price');
    q<HTMLInputElement>('[name=tl-capture][value=none]').checked = true;
    expect(q<HTMLButtonElement>('button[type=submit]').disabled).toBe(false);
    form.requestSubmit();
    expect(q<HTMLButtonElement>('button[type=submit]').disabled).toBe(true); // busy
    form.requestSubmit(); // ignored while busy
    await settle();
    expect(q('.tl-error')?.textContent).toBe('disk full');
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ title: 'Fee shown late', note: 'only at checkout', category: 'transparency', severity: 'serious', tags: ['fees', 'price'], capture: 'none' });
    expect(q<HTMLInputElement>('[name=tl-title]').value).toBe('  Fee shown late  ');
    fail = false;
    form.requestSubmit();
    await settle();
    expect(q('.tl-error')).toBeNull();
  });

  it('Esc and Cancel cancel; the returned function empties the slot', () => {
    const { form, q, cancel, empty, slot } = setup();
    q('[name=tl-note]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    q<HTMLButtonElement>('button[type=button]').click();
    expect(cancel).toHaveBeenCalledTimes(2);
    expect(form.isConnected).toBe(true);
    empty();
    expect(slot.childElementCount).toBe(0);
  });

  it('without a title nothing is saved', () => {
    const { form, q, save } = setup();
    type(q('[name=tl-title]'), '   ');
    form.requestSubmit();
    expect(save).not.toHaveBeenCalled();
  });
});
