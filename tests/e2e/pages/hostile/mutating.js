window.__pageState = { ticks: 0 };
const list = document.getElementById('list');
setInterval(() => {
  window.__pageState.ticks++;
  const li = document.createElement('li');
  li.textContent = 'Price update ' + window.__pageState.ticks;
  list.prepend(li);
  if (list.children.length > 50) list.lastElementChild.remove();
  document.body.dataset.tick = String(window.__pageState.ticks);
}, 3);
