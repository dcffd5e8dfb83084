// @vitest-environment happy-dom
/**
 * The page walk's attribute reads: the hidden attribute and role come from reflected properties where they
 * are real (boolean / string), from the attribute where a form's controls shadow them; Trustlens' overlay
 * host is left out of the scan.
 */
import { describe, expect, it } from 'vitest';
import { buildPageContext, OVERLAY_ATTR } from '../../engine/page';

function scan(html: string, setup?: (doc: Document) => void) {
  document.body.innerHTML = html;
  setup?.(document);
  return buildPageContext(document, { url: 'https://shop.example/' });
}

const byName = (ctx: ReturnType<typeof scan>, name: string) => ctx.elements.find((el) => el.getAttribute('data-n') === name)!;

describe('page walk attribute reads', () => {
  it('treats hidden and hidden="until-found" as hidden, and their subtrees too', () => {
    const ctx = scan('<p data-n="a" hidden>gone</p><div data-n="b" hidden="until-found"><span data-n="c">later</span></div><p data-n="d">here</p>');
    expect(['a', 'b', 'c', 'd'].map((n) => ctx.visible(byName(ctx, n)))).toEqual([false, false, false, true]);
    expect(ctx.visibleText).toBe('here');
  });

  it('reads the attribute when a form control shadows form.hidden or form.role', () => {
    const ctx = scan('<form data-n="f" role="search"><input name="hidden"><input name="role"><label>Find <input data-n="q" type="search"></label></form>', (doc) => {
      // Browsers let <input name="hidden"> shadow form.hidden ([LegacyOverrideBuiltIns]); make it so here too.
      const form = doc.querySelector('form')!;
      const [hiddenInput, roleInput] = Array.from(form.querySelectorAll('input'));
      Object.defineProperty(form, 'hidden', { value: hiddenInput, configurable: true });
      Object.defineProperty(form, 'role', { value: roleInput, configurable: true });
    });
    expect(ctx.visible(byName(ctx, 'f'))).toBe(true);
    expect(ctx.visible(byName(ctx, 'q'))).toBe(true);
    // role="search" read from the attribute: a search form with a button role elsewhere is untouched.
    expect(ctx.forms).toHaveLength(1);
  });

  it('reads role for buttons and regions, from the attribute when the property is not reflected', () => {
    const ctx = scan('<div role="contentinfo" data-n="ci"><span role="button" data-n="b">Help</span></div>', (doc) => {
      for (const el of Array.from(doc.querySelectorAll('[role]'))) Object.defineProperty(el, 'role', { value: undefined, configurable: true });
    });
    expect(ctx.region(byName(ctx, 'ci'))).toBe('footer');
    expect(ctx.buttons.map((b) => b.text)).toEqual(['Help']);
  });

  it('leaves out an overlay host mounted after the walk started (a custom element)', async () => {
    document.body.innerHTML = '<main>' + '<p>shop text</p>'.repeat(3000) + '</main>';
    const { buildPageContextAsync } = await import('../../engine/page');
    // Slices of 0 ms: the walk pauses after its first 1,024 nodes, and the host appears meanwhile.
    const pending = buildPageContextAsync(document, { url: 'https://shop.example/' }, 0);
    const host = document.createElement('trustlens-overlay');
    host.setAttribute(OVERLAY_ATTR, '');
    host.innerHTML = '<p>Trustlens finding</p>';
    // Into <main>, whose later children the walk has not reached yet (it reads each next sibling as it goes).
    document.querySelector('main')!.appendChild(host);
    const ctx = await pending;
    expect(ctx.elements.includes(host)).toBe(false);
    expect(ctx.visibleText.includes('Trustlens finding')).toBe(false);
  });

  it('indexOf answers an element\'s place in ctx.elements, -1 for one the walk did not list', () => {
    const ctx = scan('<main data-n="m"><p data-n="p">x</p><svg><g id="g"></g></svg><script id="s"></script></main>');
    expect(ctx.indexOf(byName(ctx, 'p'))).toBe(ctx.elements.indexOf(byName(ctx, 'p')));
    expect(ctx.elements[ctx.indexOf(byName(ctx, 'm'))]).toBe(byName(ctx, 'm'));
    expect(ctx.indexOf(document.getElementById('g')!)).toBe(-1);
    expect(ctx.indexOf(document.getElementById('s')!)).toBe(-1);
    expect(ctx.indexOf(document.createElement('div'))).toBe(-1);
  });

  it('never scans inside the overlay host, wherever it is', () => {
    const ctx = scan(`<main><p>shop text</p><div ${OVERLAY_ATTR}><p data-n="o">Trustlens finding</p></div></main>`);
    expect(ctx.elements.some((el) => el.hasAttribute(OVERLAY_ATTR))).toBe(false);
    expect(ctx.visibleText).toBe('shop text');
  });
});
