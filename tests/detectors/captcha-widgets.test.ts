import { describe, expect, it } from 'vitest';
import { findCaptcha } from '../../engine/detectors/captcha-on-form';
import type { FormInfo } from '../../engine/page-types';
import { parse } from '../forms/helpers';

function formOf(html: string): FormInfo {
  const doc = parse(`<body><form id="f">${html}</form></body>`);
  return { el: doc.getElementById('f'), selector: '#f', kind: 'signup', fields: [], submitTexts: [], text: '' };
}

describe('findCaptcha widgets', () => {
  it('takes the first element of the first widget in document order, as its selector list does', () => {
    const recaptcha = '.g-recaptcha:not([data-size="invisible"]),iframe[src*="recaptcha/api2/anchor"],iframe[src*="recaptcha/enterprise/anchor"],iframe[title*="reCAPTCHA"]:not([src*="size=invisible"])';
    const cases = [
      '<iframe id="a" src="https://www.google.com/recaptcha/api2/anchor?k=1"></iframe><div id="b" class="g-recaptcha"></div>',
      '<div id="b" class="g-recaptcha"></div><iframe id="a" src="https://www.google.com/recaptcha/api2/anchor?k=1"></iframe>',
      '<div class="g-recaptcha" data-size="invisible"></div><p><iframe id="c" title="reCAPTCHA" src="x"></iframe></p><iframe id="d" src="https://www.google.com/recaptcha/enterprise/anchor"></iframe>',
      '<iframe title="reCAPTCHA" src="https://x/?size=invisible"></iframe><iframe id="h" src="https://newassets.hcaptcha.com/x"></iframe><div class="h-captcha" id="i"></div>',
      '<div class="cf-turnstile" id="t"></div><div class="frc-captcha" id="r"></div>',
    ];
    for (const html of cases) {
      const form = formOf(html);
      const hit = findCaptcha(form);
      const expected = form.el!.querySelector(recaptcha) ?? form.el!.querySelector('.h-captcha,iframe[src*="hcaptcha.com"]') ??
        form.el!.querySelector('.cf-turnstile,iframe[src*="challenges.cloudflare.com"]') ?? form.el!.querySelector('.frc-captcha');
      expect(hit?.el, html).toBe(expected);
    }
  });
  it('finds nothing without a widget, field, image or caption', () => {
    expect(findCaptcha(formOf('<iframe src="https://example.com/video"></iframe><div class="recaptcha-note"></div>'))).toBeNull();
  });
});
