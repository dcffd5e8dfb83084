// @vitest-environment happy-dom
/**
 * Selectors: a unique id, else a unique name/data-testid, else a path. In a quirks-mode document the id counts
 * come from one query per root (idCount), ignoring ASCII case as quirks-mode `#id` does, and follow changes
 * made to the tree or to ids in the same task.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idCount, makeSelector, resetIdCounts } from '../../engine/selector';

function quirks(on: boolean): void {
  Object.defineProperty(document, 'compatMode', { value: on ? 'BackCompat' : 'CSS1Compat', configurable: true });
}

afterEach(() => {
  delete (document as { compatMode?: string }).compatMode;
  document.body.innerHTML = '';
});

describe('idCount', () => {
  it('counts plain ids ignoring ASCII case in a quirks-mode document', () => {
    quirks(true);
    document.body.innerHTML = '<div id="Cart"></div><p id="cart"></p><i id="total"></i><b id="a:b"></b><b id="a:b"></b><u id="9x"></u>';
    expect(idCount(document, 'cart')).toBe(2);
    expect(idCount(document, 'CART')).toBe(2);
    expect(idCount(document, 'total')).toBe(1);
    expect(idCount(document, 'missing')).toBe(0);
    // Not plain: the root's own query answers.
    expect(idCount(document, 'a:b')).toBe(-1);
    expect(idCount(document, '9x')).toBe(-1);
    expect(idCount(document, 'Straße')).toBe(-1);
  });

  it('counts once per task, and again after resetIdCounts (each scan counts for itself)', () => {
    quirks(true);
    document.body.innerHTML = '<div id="cart"></div>';
    const query = vi.spyOn(document, 'querySelectorAll');
    try {
      expect(idCount(document, 'cart')).toBe(1);
      expect(idCount(document, 'cart')).toBe(1);
      expect(query).toHaveBeenCalledTimes(1);
      resetIdCounts();
      expect(idCount(document, 'cart')).toBe(1);
      expect(query).toHaveBeenCalledTimes(2);
    } finally {
      query.mockRestore();
    }
  });

  it('leaves no-quirks documents to the native id lookup', () => {
    quirks(false);
    document.body.innerHTML = '<div id="cart"></div>';
    expect(idCount(document, 'cart')).toBe(-1);
  });

  it('reads the id attribute, not a form control named "id"', () => {
    quirks(true);
    document.body.innerHTML = '<form id="shipping"><input name="id"></form>';
    expect(idCount(document, 'shipping')).toBe(1);
  });

  it('sees elements added and ids changed in the same task', () => {
    quirks(true);
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>';
    expect(idCount(document, 'a')).toBe(1);
    const extra = document.createElement('span');
    extra.id = 'A';
    document.body.appendChild(extra);
    expect(idCount(document, 'a')).toBe(2);
    document.getElementById('b')!.setAttribute('id', 'a');
    expect(idCount(document, 'a')).toBe(3);
    expect(idCount(document, 'b')).toBe(0);
    extra.remove();
    expect(idCount(document, 'a')).toBe(2);
  });

  it('drops counts a change made stale even when the call that notices it asks about an id that is not plain', () => {
    quirks(true);
    document.body.innerHTML = '<div id="a"></div>';
    expect(idCount(document, 'a')).toBe(1);
    const extra = document.createElement('span');
    extra.id = 'a';
    document.body.appendChild(extra);
    // This call takes the change's records; the next one must still count again.
    expect(idCount(document, 'a:b')).toBe(-1);
    expect(idCount(document, 'a')).toBe(2);
  });

  it('counts a shadow root apart from its document', () => {
    quirks(true);
    document.body.innerHTML = '<div id="host"></div><p id="x"></p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="X"></p><p id="y"></p>';
    expect(idCount(root, 'x')).toBe(1);
    expect(idCount(root, 'host')).toBe(0);
    expect(idCount(document, 'x')).toBe(1);
    expect(idCount(document, 'y')).toBe(0);
  });
});

describe('makeSelector', () => {
  const html = `<main id="main"><form><input id="email" name="email"><input id="Email"><input name="qty"><input name="qty">
    <div data-testid="pay"><button>Pay</button></div></form></main>`;

  for (const on of [false, true]) {
    it(`gives the same selectors ${on ? 'in quirks mode' : 'with a doctype'}`, () => {
      quirks(on);
      document.body.innerHTML = html;
      const inputs = [...document.querySelectorAll('input')];
      // In quirks mode "email" and "Email" are one id to a selector, as Chromium matches them.
      expect(makeSelector(inputs[0]!)).toBe(on ? 'input[name="email"]' : '#email');
      expect(makeSelector(inputs[1]!)).toBe(on ? '#main > form > input:nth-of-type(2)' : '#Email');
      expect(makeSelector(inputs[2]!)).toBe('#main > form > input:nth-of-type(3)');
      expect(makeSelector(document.querySelector('[data-testid]')!)).toBe('div[data-testid="pay"]');
      expect(makeSelector(document.querySelector('button')!)).toBe('#main > form > div > button');
    });
  }

  it('numbers a step only when a sibling shares its tag, counting those before it', () => {
    quirks(false);
    document.body.innerHTML = '<section id="s"><p></p><span></span><p></p><b></b><p></p><i></i></section>';
    const [first, second, third] = [...document.querySelectorAll('p')];
    const sel = (el: Element): string => makeSelector(el);
    expect(sel(first!)).toBe('#s > p:nth-of-type(1)');
    expect(sel(second!)).toBe('#s > p:nth-of-type(2)');
    expect(sel(third!)).toBe('#s > p:nth-of-type(3)');
    expect(sel(document.querySelector('span')!)).toBe('#s > span');
    expect(sel(document.querySelector('i')!)).toBe('#s > i');
    for (const el of [first!, second!, third!]) expect(document.querySelectorAll(sel(el))).toHaveLength(1);
  });

  it('ends a path at a shadow root, whose children have no parent element', () => {
    quirks(false);
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div><input><input></div>';
    const inputs = [...root.querySelectorAll('input')];
    expect(makeSelector(inputs[1]!)).toBe('div > input:nth-of-type(2)');
    expect(makeSelector(root.firstElementChild!)).toBe('div');
  });
});
