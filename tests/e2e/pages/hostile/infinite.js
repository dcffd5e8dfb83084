window.__pageState = { pages: 0 };
const feed = document.getElementById('feed');
function more() {
  window.__pageState.pages++;
  for (let i = 0; i < 30; i++) {
    const d = document.createElement('article');
    d.style.height = '120px';
    d.textContent = 'Item ' + window.__pageState.pages + '.' + i + ' — 12 people are looking at this';
    feed.append(d);
  }
}
more();
addEventListener('scroll', () => { if (innerHeight + scrollY > document.body.scrollHeight - 400) more(); });
setInterval(more, 200);
