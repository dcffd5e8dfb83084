/**
 * The "new finding" form of the page panel, for the element the reviewer picked. Plain DOM like the picker
 * (this script is loaded only when the reviewer adds a finding, and carries no framework): it fills a slot
 * the panel renders and keeps its own state. Field names, defaults and behaviour are those of the panel's
 * earlier Preact form: the title is focused, Save is enabled once there is a title and no save is running,
 * Esc cancels, a failed save shows its error and keeps what was typed.
 */
import type { Category, Severity } from '../../engine/result';
import { optionLabel, type OverlayStrings } from '../../components/overlay-strings';
import { parseTags } from '../../components/tags';
import { addStyles } from './styles';

/** The element the reviewer picked, as the form shows it. */
export interface OverlayDraft {
  snippet: string;
  selector: string;
}

export interface DraftForm {
  title: string;
  note: string;
  category: Category;
  severity: Severity;
  tags: string[];
  capture: 'element' | 'page' | 'none';
}

export interface FindingFormOptions {
  strings: OverlayStrings;
  draft: OverlayDraft;
  /** Saves the form; resolves to an error text, or nothing when saved. */
  onSave(form: DraftForm): Promise<string | void>;
  onCancel(): void;
}

/** Kept literal (not imported from engine/result) so the page does not pull in Zod. */
const CATEGORY_OPTIONS = ['contact', 'forms', 'checkout', 'transparency', 'pressure', 'consistency'] as const satisfies readonly Category[];
const SEVERITY_OPTIONS = ['critical', 'serious', 'moderate', 'minor'] as const satisfies readonly Severity[];
const CAPTURES = ['element', 'page', 'none'] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function select(name: string, values: readonly string[], value: string, label: (v: string) => string): HTMLSelectElement {
  const s = el('select', { name }, ...values.map((v) => el('option', { value: v, textContent: label(v) })));
  s.value = value;
  return s;
}

/** Fills `slot` with the form; returns a function that empties it. */
export function mountFindingForm(slot: HTMLElement, opts: FindingFormOptions): () => void {
  const s = opts.strings;
  const title = el('input', { name: 'tl-title', required: true, maxLength: 500 });
  const note = el('textarea', { name: 'tl-note', rows: 3, maxLength: 20000 });
  const category = select('tl-category', CATEGORY_OPTIONS, 'transparency', (c) => optionLabel(s, 'cat', c));
  const severity = select('tl-severity', SEVERITY_OPTIONS, 'moderate', (c) => optionLabel(s, 'sev', c));
  const tags = el('input', { name: 'tl-tags' });
  const radios = CAPTURES.map((c) => el('input', { type: 'radio', name: 'tl-capture', value: c, checked: c === 'element' }));
  const error = el('p', { className: 'tl-error' });
  error.setAttribute('role', 'alert');
  const save = el('button', { className: 'tl-btn tl-primary', type: 'submit', textContent: s.save });
  const cancel = el('button', { className: 'tl-btn', type: 'button', textContent: s.cancel });
  const field = (text: string, control: HTMLElement) => el('label', { className: 'tl-field' }, text, control);

  const form = el(
    'form',
    { className: 'tl-form' },
    el('p', { className: 'tl-muted tl-snippet', title: opts.draft.selector, textContent: opts.draft.snippet }),
    field(s.title, title),
    field(s.note, note),
    el('div', { className: 'tl-row' }, field(s.category, category), field(s.severity, severity)),
    field(s.tags, tags),
    el(
      'fieldset',
      { className: 'tl-field' },
      el('legend', { textContent: s.screenshot }),
      ...radios.map((r, i) => el('label', { className: 'tl-radio' }, r, [s.shotElement, s.shotPage, s.shotNone][i]!)),
    ),
    save,
    ' ',
    cancel,
  );
  form.setAttribute('aria-label', s.newFinding);
  form.dataset.testid = 'finding-form';

  let busy = false;
  const update = () => {
    save.disabled = busy || !title.value.trim();
  };
  /** The error line is in the form only while there is an error (an empty alert is not announced). */
  const showError = (text: string) => {
    error.textContent = text;
    if (text) save.before(error);
    else error.remove();
  };
  title.addEventListener('input', update);
  cancel.addEventListener('click', () => opts.onCancel());
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') opts.onCancel();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!title.value.trim() || busy) return;
    busy = true;
    update();
    showError('');
    const capture = radios.find((r) => r.checked)?.value as DraftForm['capture'];
    void opts
      .onSave({
        title: title.value.trim(),
        note: note.value.trim(),
        category: category.value as Category,
        severity: severity.value as Severity,
        tags: parseTags(tags.value),
        capture,
      })
      .then((err) => {
        busy = false;
        update();
        if (err) showError(err);
      });
  });
  update();
  addStyles(slot);
  slot.replaceChildren(form);
  title.focus();
  return () => form.remove();
}
