import { expect, html, oneEvent } from '@open-wc/testing';
import { openModal, tipJar } from './helpers.js';

const count = (root: Document | ShadowRoot) => root.querySelectorAll('*').length;

describe('open/close cycles', () => {
  it('300 cycles leave the page and the widget with the nodes they started with', async function () {
    // About 6 s on a quiet machine: more than the default 10 s under load.
    this.timeout(60000);
    const el = await tipJar(html`<tip-jar paypal="awadiop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" amounts="3 5"></tip-jar>`);
    await openModal(el);
    el.hide();
    await oneEvent(el, 'tip-jar-close');
    await el.updateComplete;
    const before = { page: count(document), widget: count(el.shadowRoot!) };
    for (let i = 0; i < 300; i++) {
      const opened = oneEvent(el, 'tip-jar-open');
      el.show();
      await opened;
      const closed = oneEvent(el, 'tip-jar-close');
      el.hide();
      await closed;
    }
    await el.updateComplete;
    expect({ page: count(document), widget: count(el.shadowRoot!) }).to.deep.equal(before);
  });
});
