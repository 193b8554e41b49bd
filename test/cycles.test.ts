import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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

  it('closing leaves the cards in view alone, however far the opening had rendered and however it was closed', async function () {
    this.timeout(60000);
    const el = await tipJar(html`<tip-jar
      recipient="Awa Diop" wave="+221 76 555 44 33" orange-money="+221 77 123 45 67" mtn-momo="+237 6 71 23 45 67"
      mpesa="+254 712 345 678" paypal="awadiop" venmo="awa-diop" cashapp="awadiop" patreon="awadiop" kofi="awadiop"
      github="awa-diop" liberapay="awadiop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
      sepa="DE89 3704 0044 0532 0130 00"
    ></tip-jar>`);
    const cards = () => el.shadowRoot!.querySelectorAll('[part="option"]').length;
    const closing = async (how: 'hide' | 'escape') => {
      const closed = oneEvent(el, 'tip-jar-close');
      if (how === 'hide') el.hide();
      else await sendKeys({ press: 'Escape' });
      await closed;
      await el.updateComplete;
      return cards();
    };
    // Opened until every card is in (updateComplete waits for them), then closed.
    await openModal(el);
    const all = cards();
    expect(all).to.equal(13);
    const closed = await closing('hide');
    expect(closed, 'the cards that fill the view').to.be.within(1, all - 1);
    // Then closed at once, or once every card is in, by hide() or by the visitor.
    const after: number[] = [];
    for (let i = 0; i < 24; i++) {
      const opened = oneEvent(el, 'tip-jar-open');
      el.show();
      await opened;
      if (i % 2) await el.updateComplete;
      after.push(await closing(i % 4 < 2 ? 'hide' : 'escape'));
    }
    expect(after).to.deep.equal(Array(24).fill(closed));
  });
});
