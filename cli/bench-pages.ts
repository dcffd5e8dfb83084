/** Synthetic pages for `npm run bench`: deterministic HTML, no scripts, no external requests. */

const WORDS = 'the order ships within three days and returns are free for thirty days customers can reach our support team by phone or email any weekday we answer most questions within one hour your data stays with us and is never sold'.split(' ');

function words(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ');
}

/**
 * A page of about `target` elements with a realistic mix: header and nav of links, a main column of
 * articles built from nested divs (4–6 deep), paragraphs with inline links/strong/em/span, lists, images,
 * a table, a few forms with labels, inputs, selects and buttons, and a footer with contact details.
 * Returns the HTML and the number of elements it holds (html/head/body included).
 */
export function hugePage(target = 100_000): { html: string; elements: number } {
  const parts: string[] = [];
  let n = 3 + 2; // html, head, body, meta, title
  const push = (s: string, count: number) => {
    parts.push(s);
    n += count;
  };
  push('<header class="site-header"><nav aria-label="Main"><ul>', 3);
  for (let i = 0; i < 40; i++) push(`<li><a href="/c/${i}">Category ${i}</a></li>`, 2);
  push('</ul></nav></header><main id="main">', 1);
  let k = 0;
  const footer = 3 + 6 * 2 + 4; // footer, p, a... counted below
  while (n < target - footer - 200) {
    const kind = k % 25;
    if (kind === 7 && k % 1600 === 7) {
      // A form (a few per page: 5 on the 100,000-element page): 10 labelled fields, a select, a checkbox, a submit.
      push(`<form class="checkout" action="/order/${k}" method="post"><fieldset><legend>Your details</legend>`, 3);
      for (let f = 0; f < 10; f++) push(`<div class="row"><label for="f${k}-${f}">Field ${f}</label><input id="f${k}-${f}" name="field${f}" type="${f === 3 ? 'email' : f === 4 ? 'tel' : 'text'}" ${f < 5 ? 'required' : ''}></div>`, 3);
      push(`<div class="row"><label>Country <select name="country"><option>DE</option><option>FR</option><option>TR</option></select></label></div>`, 6);
      push(`<label><input type="checkbox" name="news"> ${words(k, 8)}</label><button type="submit">Place order</button></fieldset></form>`, 3);
    } else if (kind === 11) {
      push('<table class="specs"><tbody>', 2);
      for (let r = 0; r < 6; r++) push(`<tr><th>${words(k + r, 2)}</th><td>${words(k + r + 1, 4)}</td></tr>`, 3);
      push('</tbody></table>', 0);
    } else if (kind === 17) {
      push('<ul class="list">', 1);
      for (let r = 0; r < 8; r++) push(`<li><a href="/p/${k}-${r}">${words(k + r, 3)}</a> <span class="price">€${(k % 90) + r}.99</span></li>`, 3);
      push('</ul>', 0);
    } else {
      // An article card: nested wrappers, heading, image, two paragraphs with inline markup, a link.
      push(`<div class="card"><div class="card-inner"><div class="card-body"><div class="card-text">`, 4);
      push(`<h3>${words(k, 5)}</h3><img src="data:," alt="${words(k, 2)}" width="40" height="40">`, 2);
      push(`<p>${words(k, 12)} <a href="/a/${k}">${words(k + 1, 3)}</a> ${words(k + 2, 9)} <strong>${words(k + 3, 2)}</strong>.</p>`, 3);
      push(`<p><span class="meta">${words(k + 4, 4)}</span> <em>${words(k + 5, 6)}</em></p>`, 3);
      push(`<div class="actions"><button type="button">Save</button><a class="more" href="/a/${k}#more">Read more</a></div>`, 3);
      push('</div></div></div></div>', 0);
    }
    k++;
  }
  push('</main><footer class="site-footer"><p>Contact: <a href="tel:+4930123456">+49 30 123456</a>, <a href="mailto:help@example.org">help@example.org</a></p><ul>', 5);
  for (let i = 0; i < 6; i++) push(`<li><a href="/legal/${i}">Legal ${i}</a></li>`, 2);
  while (n < target) push('<div></div>', 1);
  push('</ul></footer>', 0);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic 100k</title></head><body>${parts.join('')}</body></html>`;
  return { html, elements: n };
}

/** A page of `targets` visible cards, each with a `.bench-target` element for the overlay benchmark. */
export function overlayPage(targets = 1000): string {
  const cards: string[] = [];
  for (let i = 0; i < targets; i++) {
    cards.push(`<div class="card" style="display:inline-block;width:180px;margin:6px;vertical-align:top"><h4>${words(i, 3)}</h4><label>Phone <input class="bench-target" name="phone${i}" type="tel"></label><p>${words(i, 10)}</p></div>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Overlay bench</title></head><body><main>${cards.join('')}</main></body></html>`;
}

/** A small checkout-like page the storage benchmark attaches the seeded review to. */
export function storagePage(): string {
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench checkout</title></head><body><h1>Checkout</h1><form><label>Email <input name="email" type="email"></label><button>Pay</button></form></body></html>';
}

/**
 * A deal page with a countdown, for the review journey: the corpus has none (saved pages, scripts off), and the
 * content script watches a countdown for 1.1 s to see whether it ticks. The panel must not wait for that.
 */
export function countdownPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deal of the day</title></head><body>
<header><a href="/">Shop</a> <a href="/contact">Contact</a></header>
<main><h1>Deal of the day: blue enamel mug</h1><p class="price">€9.00 <s>€14.00</s></p>
<div class="countdown">Offer ends in <span class="timer">02:14:33</span></div>
<button type="button">Add to cart</button></main>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/imprint">Imprint</a></footer></body></html>`;
}
