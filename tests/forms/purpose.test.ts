import { describe, expect, it } from 'vitest';
import { inferPurpose, normIdent, purposeFromAutocomplete, type PurposeSignals } from '../../engine/forms/purpose';

function p(partial: Partial<PurposeSignals>): string {
  return inferPurpose({ tag: 'input', type: 'text', name: '', id: '', autocomplete: '', label: '', placeholder: '', ...partial });
}

describe('normIdent', () => {
  it('splits camelCase, snake_case, brackets and $', () => {
    expect(normIdent('billing[first_name]')).toBe('billing first name');
    expect(normIdent('dwfrm_shipping_firstName')).toBe('dwfrm shipping first name');
    expect(normIdent('ctl00$txtPLZ')).toBe('ctl 00 txt plz');
    expect(normIdent('address2')).toBe('address 2');
  });
});

describe('autocomplete', () => {
  it('strips section-, shipping and billing and ignores on/off and junk', () => {
    expect(purposeFromAutocomplete('section-a shipping given-name', 'text')).toBe('given-name');
    expect(purposeFromAutocomplete('billing tel-national', 'tel')).toBe('tel');
    expect(purposeFromAutocomplete('off', 'text')).toBeNull();
    expect(purposeFromAutocomplete('nope', 'text')).toBeNull();
    expect(purposeFromAutocomplete('shipping company name', 'text')).toBeNull();
  });
  it('believes new-password only on a password input', () => {
    expect(purposeFromAutocomplete('new-password', 'text')).toBeNull();
    expect(purposeFromAutocomplete('new-password', 'password')).toBe('new-password');
  });
  it('wins over the words', () => {
    expect(p({ autocomplete: 'postal-code', label: 'Ort' })).toBe('postal-code');
  });
});

describe('input types', () => {
  it('email and tel', () => {
    expect(p({ type: 'email', label: 'Login' })).toBe('email');
    expect(p({ type: 'tel', label: 'Mobile' })).toBe('tel');
    expect(p({ type: 'tel', label: 'Card number' })).toBe('cc-number');
    expect(p({ type: 'tel', label: 'PLZ' })).toBe('postal-code');
  });
  it('password: new vs current', () => {
    expect(p({ type: 'password', label: 'Password' })).toBe('current-password');
    expect(p({ type: 'password', label: 'Passwort wiederholen' })).toBe('new-password');
    expect(p({ type: 'password', label: 'Neues Passwort' })).toBe('new-password');
    expect(p({ type: 'password', label: 'Şifre', context: 'Üye Ol' })).toBe('new-password');
    expect(p({ type: 'password', label: 'Mot de passe', context: 'Se connecter' })).toBe('current-password');
  });
  it('checkboxes, radios and search boxes are other', () => {
    expect(p({ type: 'checkbox', label: 'Newsletter per E-Mail' })).toBe('other');
    expect(p({ type: 'radio', label: 'Herr', name: 'salutation' })).toBe('other');
    expect(p({ type: 'search', label: 'Name' })).toBe('other');
  });
});

describe('words per language', () => {
  const cases: [string, Partial<PurposeSignals>][] = [
    ['given-name', { label: 'First name' }],
    ['given-name', { label: 'Vorname' }],
    ['given-name', { label: 'Prénom' }],
    ['given-name', { name: 'dwfrm_shipping_firstName' }],
    ['given-name', { name: 'fname' }],
    ['family-name', { label: 'Nachname' }],
    ['family-name', { label: 'Soyad' }],
    ['family-name', { label: 'Apellidos' }],
    ['family-name', { label: 'Cognome' }],
    ['family-name', { label: 'نام خانوادگی' }],
    ['family-name', { label: 'Name', name: 'lastName' }],
    ['name', { label: 'Ad Soyad' }],
    ['name', { label: 'Vor- und Nachname' }],
    ['name', { label: 'نام و نام خانوادگی' }],
    ['name', { label: 'Name' }],
    ['postal-code', { label: 'PLZ' }],
    ['postal-code', { label: 'Postleitzahl' }],
    ['postal-code', { name: 'ctl00$txtPLZ' }],
    ['postal-code', { label: 'Posta kodu' }],
    ['postal-code', { label: 'Code postal' }],
    ['postal-code', { label: 'Código postal' }],
    ['postal-code', { label: 'CAP' }],
    ['postal-code', { label: 'Codice postale' }],
    ['postal-code', { label: 'کد پستی' }],
    ['postal-code', { label: 'الرمز البريدي' }],
    ['address-streetname', { label: 'Straße' }],
    ['address-housenumber', { label: 'Hausnummer' }],
    ['street-address', { label: 'Straße und Hausnummer' }],
    ['street-address', { label: 'Adresse' }],
    ['street-address', { label: 'آدرس' }],
    ['address-line1', { name: 'billing_address_1' }],
    ['address-line2', { label: 'Adresszusatz' }],
    ['address-level2', { label: 'Ort' }],
    ['address-level2', { label: 'Stadt' }],
    ['address-level2', { label: 'Ville' }],
    ['address-level2', { label: 'Città' }],
    ['address-level2', { label: 'İlçe' }],
    ['address-level2', { label: 'شهر' }],
    ['address-level1', { label: 'İl' }],
    ['address-level1', { label: 'Provincia' }],
    ['address-level1', { label: 'State' }],
    ['country', { label: 'Land' }],
    ['country', { label: 'Pays' }],
    ['tel', { label: 'Cep telefonu' }],
    ['tel', { label: 'Telefonnummer' }],
    ['tel', { label: 'تلفن همراه' }],
    ['tel', { label: 'Téléphone' }],
    ['email', { label: 'ایمیل' }],
    ['email', { label: 'E-posta' }],
    ['email', { label: 'Correo electrónico' }],
    ['bday', { label: 'Geburtsdatum' }],
    ['bday', { label: 'Doğum tarihi' }],
    ['bday-day', { label: 'Birth day', name: 'dob_day' }],
    ['organization', { label: 'Firma' }],
    ['organization', { label: 'Şirket adı' }],
    ['vat-number', { label: 'USt-IdNr.' }],
    ['vat-number', { label: 'Partita IVA' }],
    ['cc-number', { label: 'Kartennummer' }],
    ['cc-number', { label: 'Numéro de carte' }],
    ['cc-csc', { label: 'CVV' }],
    ['cc-name', { label: 'Karteninhaber' }],
    ['cc-exp', { label: 'Ablaufdatum' }],
    ['cc-exp-month', { name: 'cc-exp-month' }],
    ['username', { label: 'Benutzername' }],
    ['one-time-code', { label: 'Verification code' }],
    ['honorific-prefix', { tag: 'select', type: 'select-one', label: 'Anrede' }],
    ['other', { label: 'Gutscheincode' }],
    ['other', { label: 'Gift card number' }],
    ['other', { label: 'Menge' }],
    ['other', { label: 'Suche' }],
    ['other', { label: 'Kommentar', tag: 'textarea', type: 'textarea' }],
    ['other', { label: 'Give this address a name' }],
  ];
  it.each(cases)('%s <- %j', (want, signals) => {
    expect(p(signals)).toBe(want);
  });
});

describe('inferPurpose rule answers cached per scan', () => {
  it('gives the same purposes from the cache and after a reset', async () => {
    const { inferPurpose, resetNormCache } = await import('../../engine/forms/purpose');
    const cases = [
      { tag: 'input', type: 'text', name: 'lastName', id: 'cardHolder', autocomplete: '', label: 'Last name', placeholder: '' },
      { tag: 'input', type: 'text', name: 'plz', id: 'zip', autocomplete: '', label: 'PLZ', placeholder: '12345' },
      { tag: 'input', type: 'text', name: 'x', id: 'y', autocomplete: '', label: 'Name', placeholder: '' },
    ];
    resetNormCache();
    const first = cases.map(inferPurpose);
    expect(cases.map(inferPurpose)).toEqual(first);
    resetNormCache();
    expect(cases.map(inferPurpose)).toEqual(first);
    expect(first[0]).toBe('cc-name');
  });
});
