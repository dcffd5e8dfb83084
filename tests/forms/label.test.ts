import { describe, expect, it } from 'vitest';
import { accessibleLabel, collapse, textOf } from '../../engine/forms/label';
import { parse } from './helpers';

function labelOf(html: string, selector = '#x'): string {
  const doc = parse(`<body>${html}</body>`);
  const el = doc.querySelector(selector);
  if (!el) throw new Error('no control');
  return accessibleLabel(el, doc);
}

describe('accessibleLabel', () => {
  it('uses <label for>', () => {
    expect(labelOf('<label for="x">  Vorname\n *</label><input id="x">')).toBe('Vorname *');
  });
  it('uses a wrapping label without the option texts of a select', () => {
    expect(labelOf('<label>Land <select id="x"><option>Deutschland</option></select></label>')).toBe('Land');
  });
  it('prefers aria-labelledby, joining several ids', () => {
    expect(labelOf('<span id="a">Date of</span><span id="b">birth</span><label for="x">ignored</label><input id="x" aria-labelledby="a b">')).toBe(
      'Date of birth',
    );
  });
  it('uses aria-label, then title', () => {
    expect(labelOf('<input id="x" aria-label="Code postal" title="t">')).toBe('Code postal');
    expect(labelOf('<input id="x" title="Città">')).toBe('Città');
  });
  it('falls back to nearby text: previous sibling, table cell, small container', () => {
    expect(labelOf('<div><span>Posta Kodu</span><input id="x"></div>')).toBe('Posta Kodu');
    expect(labelOf('<table><tr><td>Ville</td><td><input id="x"></td></tr></table>')).toBe('Ville');
    expect(labelOf('<div class="f"><input id="x"><span class="floating">E-Mail</span></div>')).toBe('E-Mail');
  });
  it('does not take the label text of a neighbouring control', () => {
    expect(labelOf('<div><label>Vorname</label><input id="a"><input id="x" placeholder="Nachname"></div>')).toBe('Nachname');
  });
  it('uses the placeholder last', () => {
    expect(labelOf('<form><input id="a" placeholder="Nombre"><input id="x" placeholder="Apellidos"></form>')).toBe('Apellidos');
  });
  it('picks the nearest label when a page reuses an id', () => {
    const html =
      '<div><label for="dup">First name</label><input id="dup"></div><div><label for="dup">Last name</label><input id="dup" class="second"></div>';
    expect(labelOf(html, '.second')).toBe('Last name');
  });
  it('handles right-to-left text', () => {
    expect(labelOf('<div dir="rtl"><label for="x">نام خانوادگی</label><input id="x"></div>')).toBe('نام خانوادگی');
  });
  it('caps the length at 200 characters', () => {
    expect(labelOf(`<label for="x">${'lorem ipsum '.repeat(40)}</label><input id="x">`).length).toBeLessThanOrEqual(200);
  });
  it('never includes what was typed', () => {
    const doc = parse('<body><label>Notes <textarea id="x">typed secret</textarea></label></body>');
    const el = doc.querySelector('#x')!;
    expect(accessibleLabel(el, doc)).toBe('Notes');
  });
});

describe('LabelIndex', () => {
  it('finds the labels label[for=id] finds, in the same order', async () => {
    const { Window } = await import('happy-dom');
    const { LabelIndex } = await import('../../engine/forms/label');
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML =
      '<label for="a">A1</label><div><label for="b">B</label><label for="a">A2</label></div>' +
      '<label for="A">upper</label><label for="x y">space</label><label>none</label><label for="">empty</label>';
    const index = new LabelIndex();
    for (const id of ['a', 'b', 'A', 'x y', 'x\ny', 'missing', '']) {
      const expected = Array.from(doc.querySelectorAll(`label[for="${id.replace(/["\\]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"]`));
      expect(index.labelsFor(doc, id), id).toEqual(expected);
    }
    void window.happyDOM.close();
  });
});

describe('collapse', () => {
  it('turns every whitespace run into one space and trims, as replace(/\\s+/g) did', () => {
    const ws = [' ', '  ', '\t', '\n', '\u00a0', ' \u00a0', '\u2028', '\ufeff', '\r\n'];
    for (const a of ws) for (const b of ws) {
      for (const s of [`x${a}y${b}z`, `${a}x${b}`, `${a}${b}`, `x${a}${b}y`, 'plain words here', '']) {
        expect(collapse(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
      }
    }
  });
});

describe('textOf', () => {
  it('skips scripts, options, hidden and display:none elements; spaces after blocks; image alt text', () => {
    const doc = parse(`<body><div id="r"><span>Name</span><b>bold</b><script>x()</script><select><option>o</option></select>
      <p aria-hidden="true">aria</p><p hidden>hid</p><p style="color:red; DISPLAY : none">styled</p><p style="color:red">red</p>
      <img alt="pic"><svg><text>s</text></svg><li>item</li><em>i</em></div></body>`);
    expect(collapse(textOf(doc.getElementById('r')!))).toBe('Name bold red pic item i');
    expect(textOf(doc.getElementById('r')!)).toMatch(/^Name bold/);
  });
});
