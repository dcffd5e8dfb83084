// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../engine/services-full';
import { buildPageContext } from '../../engine/page';
import { countdownsOf, findCountdown, watchCountdowns } from '../../engine/text/countdown';
import { parseStepText } from '../../engine/text/steps';

describe('findCountdown', () => {
  it.each([
    ['Offer ends in 02:14:33', '02:14:33'],
    ['Angebot endet in 02:14:33', '02:14:33'],
    ['Son 00:59:12', '00:59:12'],
    ['Ends in 2d 03h 12m', '2d 03h'],
    ['۰۲:۱۴:۳۳', '۰۲:۱۴:۳۳'],
    ['Kalan süre 1 gün 3 saat', '1 gün 3 saat'],
  ])('%s', (text, time) => expect(findCountdown(text)).toBe(time));
  it.each(['Open 09:00 – 18:00', 'Published 2024-05-02 10:15:00', 'at 14:30:00 UTC', 'Order by 14:00 Uhr', 'Size 38'])(
    'no countdown in %s', (text) => expect(findCountdown(text)).toBeNull());
  it.each([
    ['Endet in ０２:１４:３３', '０２:１４:３３'], // fullwidth digits only
    ['समाप्त ०२:१४:३३', '०२:१४:३३'], // Devanagari
    ['শেষ ০২:১৪:৩৩', '০২:১৪:৩৩'], // Bengali
    ['پایان ٠٢:١٤:٣٣', '٠٢:١٤:٣٣'], // Arabic-Indic
    ['Bitimine 1 GÜN 3 SAAT', '1 GÜN 3 SAAT'],
  ])('finds a time written only in other digits: %s', (text, time) => expect(findCountdown(text)).toBe(time));
  it.each([
    ['Noch 2 Tage 3 Stunden', '2 Tage 3 Stunden'],
    ['Termina tra 3 ore 20 minuti', '3 ore 20 minuti'],
    ['Fin dans 2 jours 4 heures', '2 jours 4 heures'],
    ['Termina en 5 días 3 horas', '5 días 3 horas'],
    ['Nur noch 02 Std 14 Min', '02 Std 14 Min'],
    ['Son 12 dk 30 sn', '12 dk 30 sn'],
    ['۲ روز ۳ ساعت مانده', '۲ روز ۳ ساعت'],
    ['تا پایان ۱۰ دقیقه ۵ ثانیه', '۱۰ دقیقه ۵ ثانیه'],
  ])('finds number+unit groups in any of the units: %s', (text, time) => expect(findCountdown(text, true)).toBe(time));
  it.each(['€ 12,99', '1.299,00 TL', 'Size 38 EU', '2 for 1', 'Save 20%'])('no colon and no unit after a digit: %s', (text) =>
    expect(findCountdown(text, true)).toBeNull());
  it.each(['Ends in ²:¹⁴:³³', 'Ends soon', ''])('no digits, no countdown: %s', (text) => expect(findCountdown(text, true)).toBeNull());
  it('accepts MM:SS only when loose', () => {
    expect(findCountdown('Reserved for 09:59')).toBeNull();
    expect(findCountdown('Reserved for 09:59', true)).toBe('09:59');
  });
});

describe('watchCountdowns', () => {
  afterEach(() => vi.useRealTimers());
  it('returns the elements whose time changed on their own', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="a">Ends in 00:10:05</p><p id="b">Ends in 00:10:05</p>';
    const a = document.getElementById('a')!, b = document.getElementById('b')!;
    const done = watchCountdowns([a, b], 1500);
    a.textContent = 'Ends in 00:10:04';
    vi.advanceTimersByTime(1500);
    expect(await done).toEqual([a]);
  });
});

describe('parseStepText', () => {
  it.each([
    ['Step 2 of 5', 2, 5], ['Schritt 2 von 5', 2, 5], ['Adım 2/5', 2, 5], ['ADIM 3/6', 3, 6], ['2/5. Adım', 2, 5],
    ['Étape 2 sur 5', 2, 5], ['Paso 2 de 5', 2, 5], ['Passo 2 di 5', 2, 5], ['مرحله ۲ از ۵', 2, 5],
  ])('%s', (text, current, total) => expect(parseStepText(text)).toEqual({ current, total }));
  it('rejects impossible steps', () => expect(parseStepText('Step 7 of 5')).toBeNull());
});

describe('countdownsOf', () => {
  it('finds timer elements by class or by id, not by a class and an id that only read as one together', () => {
    document.body.innerHTML = '<div class="deal-clock">02:14:33</div><p>x</p><div id="time-left">01:02:03</div><p>y</p>' +
      '<div class="count" id="down">04:05:06</div><p>z</p><span class="Flip-Clock promo">1 day 2 hours</span>';
    const { timers } = countdownsOf(buildPageContext(document, { url: 'https://shop.example/p' }));
    expect(timers.map((t) => t.time)).toEqual(['02:14:33', '01:02:03', '1 day 2 hours']);
  });

  it('reads the class attribute of a form whose className property is one of its controls', () => {
    document.body.innerHTML = '<form class="countdown"><input name="className"><span>00:09:59</span></form>';
    const { timers } = countdownsOf(buildPageContext(document, { url: 'https://shop.example/p' }));
    expect(timers.map((t) => t.time)).toEqual(['00:09:59']);
  });
});
