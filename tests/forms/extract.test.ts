import { describe, expect, it } from 'vitest';
import { extractForms, isFillableControl } from '../../engine/forms/extract';
import { fixture, forms, parse, purposes, selectorOf, visible } from './helpers';

describe('isFillableControl', () => {
  it('accepts text-like inputs, select and textarea only', () => {
    const doc = parse(
      '<input id="a"><input id="b" type="hidden"><input id="c" type="submit"><input id="d" type="IMAGE"><select id="e"></select><textarea id="f"></textarea><input id="g" type="checkbox"><button id="h"></button>',
    );
    const ok = (id: string): boolean => isFillableControl(doc.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(ok)).toEqual([true, false, false, false, true, true, true, false]);
  });
});

describe('German checkout', () => {
  const doc = fixture('checkout-de.html');
  const all = forms(doc);
  const checkout = all.find((f) => f.selector === '#checkout');

  it('finds the search form and the checkout form', () => {
    expect(all).toHaveLength(2);
    expect(all[0]?.kind).toBe('search');
    expect(checkout?.kind).toBe('checkout');
    expect(checkout?.submitTexts).toEqual(['Zahlungspflichtig bestellen']);
    expect(checkout?.text).toContain('Lieferadresse');
  });

  it('infers purposes from labels, names and autocomplete', () => {
    expect(purposes(checkout)).toMatchObject({
      'Vorname *': 'given-name',
      // "Name" beside "Vorname" is the surname
      'Name *': 'family-name',
      Straße: 'address-streetname',
      Hausnummer: 'address-housenumber',
      PLZ: 'postal-code',
      Ort: 'address-level2',
      Land: 'country',
      'Telefonnummer (optional)': 'tel',
      'E-Mail-Adresse': 'email',
      Geburtsdatum: 'bday',
      Firma: 'organization',
      Herr: 'other',
    });
  });

  it('marks required fields from required, aria-required and a * in the label', () => {
    const req = Object.fromEntries((checkout?.fields ?? []).map((f) => [f.label, f.required]));
    expect(req).toMatchObject({ 'Vorname *': true, PLZ: true, 'E-Mail-Adresse': true, Ort: false, 'Telefonnummer (optional)': false });
  });

  it('keeps invisible fields with visible:false and skips hidden inputs', () => {
    const firma = checkout?.fields.find((f) => f.label === 'Firma');
    expect(firma?.visible).toBe(false);
    expect(checkout?.fields.some((f) => f.name === 'csrf')).toBe(false);
  });
});

describe('Persian sign-up (right to left)', () => {
  const [form] = forms(fixture('signup-fa.html'));
  it('reads Persian labels', () => {
    expect(purposes(form)).toEqual({
      'نام': 'given-name',
      'نام خانوادگی': 'family-name',
      'تلفن همراه': 'tel',
      'ایمیل': 'email',
      'کد پستی': 'postal-code',
      'شهر': 'address-level2',
      'رمز عبور': 'new-password',
      'تکرار رمز عبور': 'new-password',
    });
    expect(form?.kind).toBe('signup');
  });
});

describe('grouping without <form>', () => {
  const all = forms(fixture('address-tr.html'));
  it('groups controls by the nearest container with a submit-like button', () => {
    expect(all).toHaveLength(2);
    expect(all[0]?.el?.className).toBe('address-form');
    expect(all[0]?.submitTexts).toEqual(['Kaydet ve Devam Et']);
    expect(all[1]?.el?.className).toBe('newsletter');
  });
  it('reads Turkish labels from nearby text', () => {
    expect(purposes(all[0])).toEqual({
      'Ad Soyad': 'name',
      'Cep Telefonu': 'tel',
      'İl': 'address-level1',
      'İlçe': 'address-level2',
      'Posta Kodu': 'postal-code',
      Adres: 'street-address',
    });
    expect(all[0]?.kind).toBe('checkout');
    expect(all[1]?.kind).toBe('newsletter');
  });
  it('puts controls with no button around them into one group', () => {
    const doc = parse('<body><div><input name="firstname"></div><p>text</p><div><input name="lastname"></div></body>');
    const res = forms(doc);
    expect(res).toHaveLength(1);
    expect(res[0]?.fields.map((f) => f.purpose)).toEqual(['given-name', 'family-name']);
  });
  it('associates controls through the form attribute', () => {
    const doc = parse('<body><form id="f"><input name="email" type="email"><button>Subscribe</button></form><input form="f" name="zip"></body>');
    const res = forms(doc);
    expect(res).toHaveLength(1);
    expect(res[0]?.fields.map((f) => f.name)).toEqual(['email', 'zip']);
  });
});

describe('French, Spanish and Italian forms, login and contact', () => {
  const all = forms(fixture('mixed-fr-es-it.html'));
  const byId = (id: string) => all.find((f) => f.selector === `#${id}`);
  it('fr: table cells and bracketed names', () => {
    expect(purposes(byId('fr'))).toEqual({ 'Prénom': 'given-name', Nom: 'family-name', 'Code postal': 'postal-code', Ville: 'address-level2' });
    expect(byId('fr')?.submitTexts).toEqual(['Valider ma commande']);
  });
  it('es: placeholder-only fields', () => {
    expect(purposes(byId('es'))).toEqual({
      Nombre: 'given-name',
      Apellidos: 'family-name',
      'Código postal': 'postal-code',
      'Dirección': 'street-address',
    });
  });
  it('it: aria-labelledby, aria-label, title and card fields', () => {
    expect(purposes(byId('it'))).toEqual({
      Nome: 'given-name',
      Cognome: 'family-name',
      CAP: 'postal-code',
      'Città': 'address-level2',
      'Numero della carta': 'cc-number',
      CVV: 'cc-csc',
    });
    expect(byId('it')?.kind).toBe('checkout');
  });
  it('classifies login and contact forms', () => {
    expect(byId('login')?.kind).toBe('login');
    expect(purposes(byId('login'))).toEqual({ Email: 'email', Password: 'current-password' });
    expect(byId('contact')?.kind).toBe('contact');
  });
});

describe('privacy', () => {
  it('never reads or stores what a user typed', () => {
    const doc = parse(`<body><form>
      <label>Vorname <input id="a" name="fn" value="ATTR-SECRET-1"></label>
      <label>Notiz <textarea id="b">TEXTAREA-SECRET-2</textarea></label>
      <label>Land <select id="c"><option>Deutschland</option><option selected>Österreich</option></select></label>
      <button>Weiter</button></form></body>`);
    (doc.getElementById('a') as HTMLInputElement).value = 'TYPED-SECRET-3';
    (doc.getElementById('b') as HTMLTextAreaElement).value = 'TYPED-SECRET-4';
    const res = extractForms({
      doc,
      controls: Array.from(doc.querySelectorAll('input,select,textarea')),
      isVisible: visible,
      selectorOf,
    });
    const json = JSON.stringify(res, (k, v: unknown) => (k === 'el' ? undefined : v));
    for (const secret of ['ATTR-SECRET-1', 'TEXTAREA-SECRET-2', 'TYPED-SECRET-3', 'TYPED-SECRET-4', 'Österreich']) {
      expect(json).not.toContain(secret);
    }
    expect(res[0]?.fields).toHaveLength(3);
  });
});

describe('submit buttons of a form on a page with formless controls', () => {
  // The formless control makes extractForms query the document's buttons once; the form's are then taken from
  // those lists, and must be what a query of the form's own subtree finds, in document order.
  const html =
    '<div id="news"><input type="email" name="e"><button>Abonnieren</button></div>' +
    '<form id="f"><span role="button">Hilfe anzeigen</span><input name="q"><input type="SUBMIT" value="Suchen">' +
    '<button type="reset">Zurücksetzen</button><input type="image" alt="Los"><button>Weiter</button></form>' +
    '<button>Draußen</button>';

  it('lists the form’s submit-like buttons in document order', () => {
    const all = forms(parse(html));
    const form = all.find((f) => f.selector === '#f');
    expect(form?.submitTexts).toEqual(['Hilfe anzeigen', 'Suchen', 'Los', 'Weiter']);
    const group = all.find((f) => f.selector === '#news');
    expect(group?.submitTexts).toEqual(['Abonnieren']);
  });

  it('gives the same buttons as when every control is in a form', () => {
    const alone = forms(parse(html.replace(/<div id="news">.*?<\/div>/, '')));
    expect(alone.find((f) => f.selector === '#f')?.submitTexts).toEqual(['Hilfe anzeigen', 'Suchen', 'Los', 'Weiter']);
  });

  it('gives each of many forms exactly its own buttons, with buttons before, between and after them', () => {
    const grid = Array.from({ length: 9 }, (_, i) =>
      `<button>Vor ${i}</button><form id="p${i}"><input name="qty"><div><button>Kaufen ${i}</button></div>${i % 3 === 0 ? `<button>Merken ${i}</button>` : ''}</form>`,
    ).join('') + '<button>Ende</button>';
    const withFormless = forms(parse('<div><input type="email" name="e"><button>Abonnieren</button></div>' + grid));
    const alone = forms(parse(grid));
    for (let i = 0; i < 9; i++) {
      const expected = i % 3 === 0 ? [`Kaufen ${i}`, `Merken ${i}`] : [`Kaufen ${i}`];
      expect(withFormless.find((f) => f.selector === `#p${i}`)?.submitTexts).toEqual(expected);
      expect(alone.find((f) => f.selector === `#p${i}`)?.submitTexts).toEqual(expected);
    }
  });
});
