window.__pageState = { ok: true };
class OpenBox extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Questions? Call +44 20 7946 0958</p><form><label>Date of birth <input name="dob" type="date"></label><label>Email <input type="email" name="email"></label></form>';
  }
}
class ClosedBox extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'closed' }).innerHTML = '<p id="secret">Write to help@closed.example</p>';
  }
}
customElements.define('open-box', OpenBox);
customElements.define('closed-box', ClosedBox);
