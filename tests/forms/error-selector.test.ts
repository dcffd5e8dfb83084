import { describe, expect, it } from 'vitest';
import { ERROR_CANDIDATES, ERROR_CLASS, ERROR_ID, ERROR_ROLE_SELECTOR, ERROR_SELECTOR } from '../../engine/lexicon/form-words';
import { parse } from './helpers';

describe('ERROR_CANDIDATES', () => {
  it('covers every part of ERROR_SELECTOR (same part, or a substring test of the same attribute with a shorter value)', () => {
    const candidates = ERROR_CANDIDATES.split(',');
    for (const part of ERROR_SELECTOR.split(',')) {
      const m = /^\[([a-z-]+)\*=([^\]]+)\]$/.exec(part);
      const covered = candidates.includes(part) ||
        (m !== null && candidates.some((c) => {
          const k = /^\[([a-z-]+)\*=([^\]]+)\]$/.exec(c);
          return k !== null && k[1] === m[1] && m[2]!.includes(k[2]!);
        }));
      expect(covered, part).toBe(true);
    }
  });
  it('filtered by ERROR_SELECTOR, finds what ERROR_SELECTOR finds, in order', () => {
    const words = ['error', 'Error', 'ERROR', 'erreur', 'errore', 'invalid', 'is-invalid', 'fehler', 'hata', 'carrot', 'arrow', 'current', 'x', 'field'];
    let html = '';
    let k = 0;
    for (const a of words) for (const b of words) {
      html += `<div class="${a} ${b}" id="${b}-${k++}"><span role="${k % 7 ? 'note' : 'alert'}"${k % 11 ? '' : ' aria-live="polite"'}>t</span></div>`;
    }
    const doc = parse(`<body><form id="f">${html}</form></body>`);
    const root = doc.getElementById('f')!;
    const expected = Array.from(root.querySelectorAll(ERROR_SELECTOR));
    expect(expected.length).toBeGreaterThan(50);
    expect(Array.from(root.querySelectorAll(ERROR_CANDIDATES)).filter((e) => e.matches(ERROR_SELECTOR))).toEqual(expected);
  });
});

describe('ERROR_CLASS, ERROR_ID and ERROR_ROLE_SELECTOR', () => {
  it('together match exactly what ERROR_SELECTOR matches', () => {
    const words = ['error', 'Error', 'ERROR', 'erreur', 'errore', 'invalid', 'is-invalid', 'fehler', 'hata', 'carrot', 'arrow', 'current', 'x', 'field', 'Fehler', 'INVALID'];
    const doc = parse('<body><form id="f"></form></body>');
    const root = doc.getElementById('f')!;
    let k = 0;
    for (const a of words) for (const b of words) {
      const el = doc.createElement('div');
      el.setAttribute('class', `${a} x-${b}`);
      el.id = `${b}-${a}-${k}`;
      if (k % 7 === 0) el.setAttribute('role', k % 14 ? 'alert' : 'Alert');
      if (k % 11 === 0) el.setAttribute('aria-live', 'polite');
      root.appendChild(el);
      k++;
    }
    for (const el of Array.from(root.children)) {
      const split = ERROR_CLASS.test(el.getAttribute('class') ?? '') || ERROR_ID.test(el.id) || el.matches(ERROR_ROLE_SELECTOR);
      expect(split, el.outerHTML).toBe(el.matches(ERROR_SELECTOR));
    }
  });
});
