/**
 * A one-character Unicode class (a /^[…]$/u or /^\p{…}$/u pattern) asked per UTF-16 code unit, with the answer
 * for each code unit outside the surrogates learnt once: the loops of normText, stripMarks and findJargon test
 * every character of long texts, where running the Unicode regex per character was most of their time.
 */
export type UnitClass = (t: string, i: number) => number;

/**
 * Returns a test giving the code units (1, or 2 for a surrogate pair) of the class character at index i of a
 * text, or 0 when the character there is not in the class. `below`: code units under it are never in the class.
 */
export function unitClass(re: RegExp, below = 0): UnitClass {
  // 0 not yet known, 1 in the class, 2 not.
  const known = new Uint8Array(0x10000);
  return (t, i) => {
    const c = t.charCodeAt(i);
    if (c < below) return 0;
    if (c < 0xd800 || c > 0xdfff) {
      let k = known[c]!;
      if (k === 0) known[c] = k = re.test(t[i]!) ? 1 : 2;
      return k === 1 ? 1 : 0;
    }
    if (c > 0xdbff || i + 1 >= t.length) return 0;
    const d = t.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && re.test(t.slice(i, i + 2)) ? 2 : 0;
  };
}
