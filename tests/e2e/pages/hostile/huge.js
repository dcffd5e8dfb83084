// Builds 100,000 elements: nested sections of cards with text, links and a few forms.
window.__pageState = { built: 0, clicks: 0 };
const root = document.getElementById('root');
const frag = document.createDocumentFragment();
let count = 0;
for (let s = 0; count < 100000; s++) {
  const section = document.createElement('section');
  count++;
  for (let c = 0; c < 20 && count < 100000; c++) {
    const card = document.createElement('div');
    card.className = 'card';
    const h = document.createElement('h3');
    h.textContent = 'Product ' + s + '-' + c;
    const p = document.createElement('p');
    p.textContent = 'A useful thing, well made, fairly priced.';
    const a = document.createElement('a');
    a.href = '#p' + s + '-' + c;
    a.textContent = 'Details';
    card.append(h, p, a);
    section.append(card);
    count += 4;
  }
  frag.append(section);
}
root.append(frag);
window.__pageState.built = document.getElementsByTagName('*').length;
document.addEventListener('click', () => window.__pageState.clicks++);
