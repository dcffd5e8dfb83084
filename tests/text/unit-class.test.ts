import { describe, expect, it } from 'vitest';
import { unitClass } from '../../engine/text/unit-class';

describe('unitClass', () => {
  it('answers as the one-character regex does, per code unit and for surrogate pairs, twice in a row', () => {
    const letter = unitClass(/^\p{L}$/u);
    const text = 'aÄ1 ب𝐀😀\ud800x\udc00';
    const expected = [1, 1, 0, 0, 1, 2, 0, 0, 0, 0, 1, 0];
    for (let round = 0; round < 2; round++) expect(Array.from({ length: text.length }, (_, i) => letter(text, i))).toEqual(expected);
  });
  it('never puts code units below `below` in the class', () => {
    const mark = unitClass(/^\p{M}$/u, 0x300);
    expect([mark('e\u0301', 0), mark('e\u0301', 1)]).toEqual([0, 1]);
  });
});
