// The first timer counts down by itself; the second never changes (a static "timer").
let s = 2 * 3600 + 14 * 60 + 33;
setInterval(() => {
  s--;
  const p = (n) => String(n).padStart(2, '0');
  document.getElementById('timer').textContent = `${p(Math.floor(s / 3600))}:${p(Math.floor(s / 60) % 60)}:${p(s % 60)}`;
}, 250);
