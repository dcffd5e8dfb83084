import { describe, expect, it } from 'vitest';
import { classifyForm } from '../../engine/forms/kind';

const f = (purpose: string, type = 'text') => ({ purpose, type });

describe('classifyForm', () => {
  it('checkout from card or address fields', () => {
    expect(classifyForm([f('cc-number'), f('cc-csc')], '', ['Pay'])).toBe('checkout');
    expect(classifyForm([f('given-name'), f('street-address'), f('postal-code'), f('address-level2')], '', ['Weiter'])).toBe('checkout');
    expect(classifyForm([f('email'), f('postal-code')], '', ['Satın Al'])).toBe('checkout');
  });
  it('signup and login from passwords and buttons', () => {
    expect(classifyForm([f('email', 'email'), f('new-password', 'password')], '', ['Continue'])).toBe('signup');
    expect(classifyForm([f('email', 'email'), f('current-password', 'password')], '', ['Anmelden'])).toBe('login');
    expect(classifyForm([f('email', 'email'), f('current-password', 'password')], '', ['Üye Ol'])).toBe('signup');
    expect(classifyForm([f('username'), f('other')], '', ['ورود'])).toBe('login');
  });
  it('search, newsletter, contact, other', () => {
    expect(classifyForm([f('other', 'search')], '', [])).toBe('search');
    expect(classifyForm([f('other')], '', ['Rechercher'])).toBe('search');
    expect(classifyForm([f('email', 'email')], 'Abonnez-vous à notre newsletter', ['OK'])).toBe('newsletter');
    expect(classifyForm([f('name'), f('email', 'email'), f('other', 'textarea')], '', ['Enviar'])).toBe('contact');
    expect(classifyForm([f('other', 'checkbox')], '', ['Apply'])).toBe('other');
  });
});
