import { describe, expect, it } from 'vitest';
import { selectAll } from '../../engine/forms/select';
import { parse } from './helpers';

const HTML = `<body><form id="f">
  <div role="button" id="a">A</div><button id="b" role="button">B</button>
  <p><input type="submit" id="c"><input type="SUBMIT" id="d"><input type="image" id="e"><input id="g"></p>
  <section><button id="h">H</button><h2 id="i">t</h2><h1 id="j">t</h1><select id="k"></select><textarea id="l"></textarea></section>
</form><button id="z">outside</button></body>`;

const LISTS = [
  'button,input[type=submit],input[type=image],input[type=SUBMIT],[role=button]',
  'h1,h2,h3,h4,h5,h6',
  'input,select,textarea',
  'textarea,h1,nav',
  'nav,aside',
];

describe('selectAll', () => {
  it('find what the comma list finds, once each, in document order', () => {
    const doc = parse(HTML);
    for (const root of [doc.getElementById('f')!, doc.body, doc] as ParentNode[]) {
      for (const list of LISTS) {
        const parts = list.split(',');
        expect(selectAll(root, parts).map((e) => e.id), list).toEqual(Array.from(root.querySelectorAll(list), (e) => e.id));
      }
    }
  });
});
