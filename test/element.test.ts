import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { captureWarnings, openModal, part, parts, record, tipJar } from './helpers.js';
import type { TipJarElement } from '../src/tip-jar.js';

const BTC = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';

describe('<tip-jar> element', () => {
  it('renders a trigger button with the default label and no dialog before intent', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const button = part<HTMLButtonElement>(el, 'button')!;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.textContent!.trim()).to.equal('Tip');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    // Its heart, drawn as SVG and hidden from screen readers.
    const icon = button.querySelector('svg')!;
    expect(icon).to.be.instanceOf(SVGSVGElement);
    expect(icon.querySelector('path')).to.be.instanceOf(SVGPathElement);
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.getBoundingClientRect().width).to.be.above(10);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.open).to.equal(false);
  });

  it('uses the label attribute for the trigger', async () => {
    const el = await tipJar(html`<tip-jar label="Buy me a coffee" paypal="awadiop"></tip-jar>`);
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Buy me a coffee');
  });

  it('draws the trigger bold at 1rem whatever the page font, in the page font family', async () => {
    const el = await tipJar(html`<tip-jar style="font: italic 300 22px/2 serif" paypal="awadiop"></tip-jar>`);
    const style = getComputedStyle(part(el, 'button')!);
    expect([style.fontWeight, style.fontSize, style.lineHeight]).to.deep.equal(['600', '16px', `${16 * 1.2}px`]);
    expect(style.fontFamily).to.equal('serif');
  });

  it('fills options from attributes without any interaction', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" venmo="awa-diop" bitcoin=${BTC}></tip-jar>`);
    expect(el.options.map((o) => o.provider)).to.deep.equal(['paypal', 'venmo', 'bitcoin']);
    expect(el.options[0]).to.deep.equal({
      provider: 'paypal', name: 'PayPal', url: 'https://paypal.me/awadiop', qr: 'https://paypal.me/awadiop',
      copy: null, amount: null, currency: null,
    });
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
  });

  it('keeps options current as attributes change', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    el.setAttribute('cashapp', '$awadiop');
    el.removeAttribute('paypal');
    // A provider's code loads when its attribute first appears; updateComplete waits for it.
    expect(el.options).to.deep.equal([]);
    await el.updateComplete;
    expect(el.options.map((o) => o.url)).to.deep.equal(['https://cash.app/$awadiop']);
    el.setAttribute('paypal', 'awadiop');
    // Code already in: current at once, with no wait.
    expect(el.options.map((o) => o.url)).to.deep.equal(['https://paypal.me/awadiop', 'https://cash.app/$awadiop']);
    el.cashapp = undefined;
    el.removeAttribute('paypal');
    await el.updateComplete;
    expect(el.options).to.deep.equal([]);
  });

  it('every concurrent await of updateComplete waits for each provider configured meanwhile', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    el.setAttribute('liberapay', 'awadiop');
    const first = el.updateComplete.then(() => el.options.map((o) => o.provider));
    el.setAttribute('strike', 'awadiop');
    const second = el.updateComplete.then(() => el.options.map((o) => o.provider));
    expect(await Promise.all([first, second])).to.deep.equal([
      ['paypal', 'liberapay', 'strike'],
      ['paypal', 'liberapay', 'strike'],
    ]);
  });

  it('show() sets open at once, reflects it, opens a modal dialog and fires tip-jar-open', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const events = record(el, 'tip-jar-open');
    const opened = oneEvent(el, 'tip-jar-open');
    el.show();
    expect(el.open).to.equal(true);
    const event = await opened;
    expect(el.hasAttribute('open')).to.equal(true);
    expect(event.detail).to.deep.equal({});
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('part')).to.equal('dialog');
    expect(events).to.have.length(1);
  });

  it('the open attribute opens and closes the modal', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const opened = oneEvent(el, 'tip-jar-open');
    el.setAttribute('open', '');
    await opened;
    const closed = oneEvent(el, 'tip-jar-close');
    el.removeAttribute('open');
    expect((await closed).detail).to.deep.equal({ reason: 'api' });
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('hide() closes with reason api and returns focus to the trigger', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const closed = oneEvent(el, 'tip-jar-close');
    el.hide();
    expect(el.open).to.equal(false);
    const event = await closed;
    expect(event.detail).to.deep.equal({ reason: 'api' });
    expect(event.bubbles && event.composed && !event.cancelable).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('opens from the keyboard, closes with Escape, and returns focus to the trigger', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    part<HTMLButtonElement>(el, 'button')!.focus();
    const opened = oneEvent(el, 'tip-jar-open');
    await sendKeys({ press: 'Enter' });
    await opened;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.contains(el.shadowRoot!.activeElement)).to.equal(true);
    const closed = oneEvent(el, 'tip-jar-close');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail).to.deep.equal({ reason: 'escape' });
    expect(el.open).to.equal(false);
    expect(el.hasAttribute('open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'button'));
  });

  it('keeps keyboard focus inside the modal while it is open', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" bitcoin=${BTC}></tip-jar>`);
    const dialog = await openModal(el);
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      // Focus may rest on the browser UI between wraps, but never on the page behind the modal.
      if (active) expect(dialog.contains(active)).to.equal(true);
      else expect(document.activeElement === document.body || document.activeElement === el).to.equal(true);
    }
  });

  it('closes with the close button (reason close-button)', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const closed = oneEvent(el, 'tip-jar-close');
    const close = part<HTMLButtonElement>(el, 'close-button')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    close.click();
    expect((await closed).detail).to.deep.equal({ reason: 'close-button' });
    expect(el.open).to.equal(false);
  });

  it('closes on a backdrop click (reason backdrop)', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const closed = oneEvent(el, 'tip-jar-close');
    await sendMouse({ type: 'click', position: [2, 2] });
    expect((await closed).detail).to.deep.equal({ reason: 'backdrop' });
  });

  it('does not close on a click inside the modal', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const dialog = await openModal(el);
    const title = dialog.querySelector('h2')!;
    const box = title.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    await el.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(el.open).to.equal(true);
  });

  it('labels the dialog with the recipient', async () => {
    const el = await tipJar(html`<tip-jar recipient="Awa Diop" paypal="awadiop"></tip-jar>`);
    const dialog = await openModal(el);
    const title = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent!.trim()).to.equal('Support Awa Diop');
  });

  it('renders one option part per provider, with its name, link and QR', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" patreon="awadiop" bitcoin=${BTC}></tip-jar>`);
    await openModal(el);
    const options = parts(el, 'option');
    expect(options.map((o) => o.dataset.provider)).to.deep.equal(['paypal', 'patreon', 'bitcoin']);
    expect(options[0].querySelector('h3')!.textContent).to.equal('PayPal');
    expect(options[0].querySelector('a')!.getAttribute('href')).to.equal('https://paypal.me/awadiop');
    expect(options[0].querySelector('a')!.getAttribute('rel')).to.contain('noopener');
    expect(options[2].querySelector('a')!.getAttribute('href')).to.equal(`bitcoin:${BTC}`);
    expect(options[2].querySelector('a')!.hasAttribute('target')).to.equal(false);
    expect(parts(el, 'qr').map((q) => q.dataset.provider)).to.deep.equal(['paypal', 'patreon', 'bitcoin']);
    // Only options where copying is the way to pay have a copy button.
    expect(parts(el, 'copy-button')).to.have.length(1);
    expect(options[2].querySelector('[part="copy-button"]')).to.not.equal(null);
    expect(options[2].textContent).to.contain('Send only bitcoin to this address.');
    expect(options[0].textContent).to.contain('PayPal shows the recipient your name and email address.');
    expect(options[1].querySelector('.warning')).to.equal(null);
  });

  it('fires tip-jar-qr for each code shown when the modal opens', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" bitcoin=${BTC}></tip-jar>`);
    const events = record(el, 'tip-jar-qr');
    await openModal(el);
    expect(events.map((e) => e.detail)).to.deep.equal([
      { provider: 'paypal', payload: 'https://paypal.me/awadiop' },
      { provider: 'bitcoin', payload: `bitcoin:${BTC}` },
    ]);
    expect(events.every((e) => e.bubbles && e.composed && !e.cancelable)).to.equal(true);
  });

  it('fires a cancelable tip-jar-select; preventDefault() stops the navigation', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" amounts="5" currency="EUR" amount="5"></tip-jar>`);
    await openModal(el);
    const link = part(el, 'option')!.querySelector('a')!;
    el.addEventListener('tip-jar-select', (e) => e.preventDefault(), { once: true });
    const selected = oneEvent(el, 'tip-jar-select');
    let prevented: boolean | undefined;
    window.addEventListener('click', (e) => (prevented = e.defaultPrevented), { once: true });
    link.click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ provider: 'paypal', url: 'https://paypal.me/awadiop/5EUR', amount: 5, currency: 'EUR' });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(prevented).to.equal(true);
  });

  it('lets the navigation happen when tip-jar-select is not cancelled', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const link = part(el, 'option')!.querySelector('a')!;
    let prevented: boolean | undefined;
    window.addEventListener('click', (e) => {
      prevented = e.defaultPrevented;
      e.preventDefault(); // keep the test page where it is
    }, { once: true });
    const selected = oneEvent(el, 'tip-jar-select');
    link.click();
    await selected;
    expect(prevented).to.equal(false);
  });

  it('copies with the Clipboard API and fires tip-jar-copy, announcing it politely', async () => {
    const el = await tipJar(html`<tip-jar bitcoin=${BTC}></tip-jar>`);
    await openModal(el);
    const written: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void written.push(text);
    try {
      const copied = oneEvent(el, 'tip-jar-copy');
      part<HTMLButtonElement>(el, 'copy-button')!.click();
      const event = await copied;
      expect(event.detail).to.deep.equal({ provider: 'bitcoin', value: BTC });
      expect(written).to.deep.equal([BTC]);
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('Copied');
      expect(part(el, 'copy-button')!.textContent!.trim()).to.equal('Copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
  });

  it('when the Clipboard API is refused, falls back and never fires copy for a failure', async () => {
    const el = await tipJar(html`<tip-jar bitcoin=${BTC}></tip-jar>`);
    await openModal(el);
    const original = navigator.clipboard.writeText;
    const execCommand = document.execCommand;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    document.execCommand = () => false;
    const events = record(el, 'tip-jar-copy');
    try {
      part<HTMLButtonElement>(el, 'copy-button')!.click();
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(events).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Copying is blocked');
      expect(getSelection()!.toString()).to.equal(BTC);
    } finally {
      navigator.clipboard.writeText = original;
      document.execCommand = execCommand;
    }
  });

  it('picks an amount: aria-pressed, the amount property and attribute, tip-jar-amount, updated links', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" cashapp="awadiop" amounts="3 5 10" currency="USD"></tip-jar>`);
    await openModal(el);
    const group = part(el, 'amounts')!;
    expect(group.getAttribute('role')).to.equal('group');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['$3', '$5', '$10']);
    const picked = oneEvent(el, 'tip-jar-amount');
    buttons[1].click();
    const event = await picked;
    expect(event.detail).to.deep.equal({ amount: 5, currency: 'USD' });
    expect(event.bubbles && event.composed && !event.cancelable).to.equal(true);
    expect(el.amount).to.equal(5);
    await el.updateComplete;
    expect(el.getAttribute('amount')).to.equal('5');
    expect(buttons[1].getAttribute('aria-pressed')).to.equal('true');
    expect(el.options.map((o) => o.url)).to.deep.equal(['https://paypal.me/awadiop/5USD', 'https://cash.app/$awadiop/5']);
    expect(el.options.map((o) => o.amount)).to.deep.equal([5, 5]);
    // Picking it again clears it.
    const cleared = oneEvent(el, 'tip-jar-amount');
    buttons[1].click();
    expect((await cleared).detail).to.deep.equal({ amount: null, currency: 'USD' });
    await el.updateComplete;
    expect(el.hasAttribute('amount')).to.equal(false);
  });

  it('reflects the amount property as a plain decimal that reads back as the same amount', async () => {
    const el = await tipJar(html`<tip-jar bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4" currency="BTC"></tip-jar>`);
    const errors = record(el, 'tip-jar-error');
    for (const [amount, text] of [
      [0.00000015, '0.00000015'],
      [2.5e-21, '0.0000000000000000000025'],
      [1e21, '1000000000000000000000'],
    ] as const) {
      el.amount = amount;
      await el.updateComplete;
      expect(el.getAttribute('amount')).to.equal(text);
      expect(el.amount).to.equal(amount);
    }
    expect(errors).to.deep.equal([]);
  });

  it('fires no select, copy or amount event for API calls', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" amounts="3 5"></tip-jar>`);
    const events = record(el, 'tip-jar-select', 'tip-jar-copy', 'tip-jar-amount');
    await openModal(el);
    el.amount = 3;
    await el.updateComplete;
    el.hide();
    await oneEvent(el, 'tip-jar-close');
    expect(events).to.have.length(0);
  });

  it('says where the amount is chosen in the app', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" patreon="awadiop" amounts="5" amount="5" currency="EUR"></tip-jar>`);
    await openModal(el);
    const [paypal, patreon] = parts(el, 'option');
    expect(paypal.textContent).to.contain('Amount: €5');
    expect(patreon.textContent).to.contain('You choose the amount in the app.');
  });

  it('turns <a href> children into link options and hides them once running', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"><a href="https://example.org/donate">My shop</a></tip-jar>`);
    expect(el.options[1]).to.deep.equal({
      provider: 'link', name: 'My shop', url: 'https://example.org/donate', qr: 'https://example.org/donate',
      copy: null, amount: null, currency: null,
    });
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    el.insertAdjacentHTML('beforeend', '<a href="https://example.org/other">Other</a>');
    await el.updateComplete;
    expect(el.options.map((o) => o.name)).to.deep.equal(['PayPal', 'My shop', 'Other']);
  });

  it('upgraded, keeps its children in view until a task of its own renders the trigger in their place', async () => {
    // Upgraded as the page's parser would: connected within this task.
    const el = fixtureSync<TipJarElement>(html`<tip-jar paypal="awadiop"><a href="https://example.org/donate">My shop</a></tip-jar>`);
    const link = el.querySelector('a')!;
    expect(el.paypal).to.equal('awadiop');
    // Microtasks, where the render would otherwise run: still the upgrade's task.
    for (let i = 0; i < 10; i++) await null;
    expect(el.shadowRoot === null, 'no shadow root in the upgrade task').to.equal(true);
    expect(link.getBoundingClientRect().height, 'the link in view').to.be.above(0);
    await el.updateComplete;
    expect(part(el, 'button')!.textContent!.trim()).to.equal('Tip');
    expect(link.getBoundingClientRect().height, 'the link hidden once the trigger shows').to.equal(0);
  });

  it('removed before its first render, renders once and opens the modal when put back', async () => {
    const el = fixtureSync<TipJarElement>(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const parent = el.parentElement!;
    el.remove();
    // Out of the page past the task that renders it.
    await el.updateComplete;
    parent.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="button"]').length).to.equal(1);
    expect(el.options.map((o) => o.provider)).to.deep.equal(['paypal']);
    const dialog = await openModal(el);
    expect(dialog.open).to.equal(true);
    expect(parts(el, 'option').map((o) => o.dataset.provider)).to.deep.equal(['paypal']);
    el.hide();
    await el.updateComplete;
  });

  it('turns <data value> children into copy-only options', async () => {
    const el = await tipJar(html`<tip-jar><data value="#144*391*77123456#">USSD code</data></tip-jar>`);
    expect(el.options).to.deep.equal([
      { provider: 'text', name: 'USSD code', url: null, qr: '#144*391*77123456#', copy: '#144*391*77123456#', amount: null, currency: null },
    ]);
    await openModal(el);
    const option = part(el, 'option')!;
    expect(option.querySelector('a')).to.equal(null);
    expect(option.querySelector('[part="copy-button"]')).to.not.equal(null);
  });

  it('drops an invalid value with one tip-jar-error and one warning; the rest keeps working', async () => {
    const warnings = captureWarnings();
    try {
      const errors: CustomEvent[] = [];
      const container = document.createElement('div');
      container.addEventListener('tip-jar-error', (e) => errors.push(e as CustomEvent));
      container.innerHTML = `<tip-jar paypal="not valid!" venmo="awa-diop" bitcoin="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"></tip-jar>`;
      document.body.append(container);
      const el = container.firstElementChild as HTMLElementTagNameMap['tip-jar'];
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(el.options.map((o) => o.provider)).to.deep.equal(['venmo']);
      expect(errors.map((e) => [e.detail.provider, e.detail.attribute, e.detail.value])).to.deep.equal([
        ['paypal', 'paypal', 'not valid!'],
        ['bitcoin', 'bitcoin', 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5'],
      ]);
      expect(errors[0].detail.message).to.match(/PayPal\.me name/);
      expect(errors.every((e) => e.bubbles && e.composed)).to.equal(true);
      expect(warnings.calls).to.have.length(2);
      expect(String(warnings.calls[0][0])).to.contain('paypal="not valid!"');
      await openModal(el);
      expect(parts(el, 'option').map((o) => o.dataset.provider)).to.deep.equal(['venmo']);
      container.remove();
    } finally {
      warnings.restore();
    }
  });

  it('refuses links with unsafe schemes', async () => {
    const warnings = captureWarnings();
    try {
      const el = await tipJar(html`<tip-jar><a href="javascript:alert(1)">Bad</a><a href="data:text/html,hi">Bad 2</a><a href="https://ok.example/">Good</a></tip-jar>`);
      expect(el.options.map((o) => o.url)).to.deep.equal(['https://ok.example/']);
      expect(warnings.calls).to.have.length(2);
    } finally {
      warnings.restore();
    }
  });

  it('reports bad shared settings and keeps the options', async () => {
    const warnings = captureWarnings();
    try {
      const errors: CustomEvent[] = [];
      const container = document.createElement('div');
      container.addEventListener('tip-jar-error', (e) => errors.push(e as CustomEvent));
      container.innerHTML = `<tip-jar paypal="awadiop" amounts="3 five 10" amount="lots"></tip-jar>`;
      document.body.append(container);
      const el = container.firstElementChild as HTMLElementTagNameMap['tip-jar'];
      await el.updateComplete;
      expect(errors.map((e) => [e.detail.provider, e.detail.attribute])).to.deep.equal([[null, 'amounts'], [null, 'amount']]);
      expect(el.getAttribute('amount')).to.equal('lots');
      expect(el.amount).to.equal(null);
      expect(el.options).to.have.length(1);
      container.remove();
    } finally {
      warnings.restore();
    }
  });

  it('loads the modal on the first sign of intent (a hover), without opening it', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    part(el, 'button')!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    await new Promise<void>((resolve) => {
      const check = () => (el.shadowRoot!.querySelector('dialog') ? resolve() : requestAnimationFrame(check));
      check();
    });
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(el.open).to.equal(false);
  });

  it('opens at load when the open attribute is written in the page', async () => {
    const container = document.createElement('div');
    const opened = new Promise((resolve) => container.addEventListener('tip-jar-open', resolve));
    container.innerHTML = '<tip-jar open paypal="awadiop"></tip-jar>';
    document.body.append(container);
    await opened;
    const el = container.firstElementChild as HTMLElementTagNameMap['tip-jar'];
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const closed = oneEvent(el, 'tip-jar-close');
    el.hide();
    await closed;
    container.remove();
  });

  it('closes cleanly when removed while open, and can open again when put back', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    await openModal(el);
    const parent = el.parentElement!;
    const closed = oneEvent(el, 'tip-jar-close');
    el.remove();
    expect((await closed).detail).to.deep.equal({ reason: 'api' });
    expect(el.open).to.equal(false);
    parent.append(el);
    const dialog = await openModal(el);
    expect(dialog.open).to.equal(true);
  });

  it('readies the modal after a hover unseen: laid out three times, each time taken down in the same task, nothing moved or focused', async () => {
    const el = await tipJar(html`<tip-jar recipient="Awa Diop" paypal="awadiop" venmo="awa-diop" sepa="DE89 3704 0044 0532 0130 00" amounts="3 5" currency="EUR"></tip-jar>`);
    const after = document.createElement('p');
    after.textContent = 'The text after the element.';
    el.after(after);
    const trigger = part<HTMLButtonElement>(el, 'button')!;
    const where = () => JSON.stringify([trigger.getBoundingClientRect(), after.getBoundingClientRect(), document.documentElement.scrollHeight]);
    const before = where();
    const focused = document.activeElement;
    const batches: string[][] = [];
    const observer = new MutationObserver((list) => batches.push(list.map((r) => r.oldValue!)));
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
    trigger.dispatchEvent(new PointerEvent('pointerenter'));
    await new Promise((resolve) => { const check = () => (el.shadowRoot!.querySelector('dialog') ? resolve(null) : setTimeout(check)); check(); });
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    // Idle periods until the three steps are in (the page's other idle work, such as readying
    // Intl, may take a period of its own), then two more, in which no other layout may come.
    const period = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
    for (let i = 0; i < 20 && batches.flat().length < 6; i++) await period();
    await period();
    await period();
    observer.disconnect();
    // Each step's two changes (their old values here) reached the observer together: made in one
    // task, with no frame painted between (two steps may share a task when the idle period has
    // room). The header alone first, then with a card's lines of text, then with the whole card.
    expect(batches.flat()).to.deep.equal(['dialog', 'dialog warm head', 'dialog', 'dialog warm lines', 'dialog', 'dialog warm']);
    for (const batch of batches) expect(batch.length % 2, batch.join(' | ')).to.equal(0);
    expect(dialog.className).to.equal('dialog');
    expect([dialog.open, getComputedStyle(dialog).display, el.open]).to.deep.equal([false, 'none', false]);
    expect(where()).to.equal(before);
    expect(document.activeElement).to.equal(focused);
    after.remove();
  });

  it('put back in the same task it was removed in, stays closed: open and the dialog agree at once', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const dialog = await openModal(el);
    const events = record(el, 'tip-jar-open', 'tip-jar-close');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect([el.open, dialog.open]).to.deep.equal([false, false]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['tip-jar-close', { reason: 'api' }]]);
    expect([el.open, dialog.open]).to.deep.equal([false, false]);
  });

  it('hide() then show() in one task closes once and opens again; updateComplete waits for it', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop" venmo="awa-diop"></tip-jar>`);
    const dialog = await openModal(el);
    const events = record(el, 'tip-jar-open', 'tip-jar-close');
    el.hide();
    await el.updateComplete;
    el.show();
    await el.updateComplete;
    expect([el.open, dialog.open]).to.deep.equal([true, true]);
    expect(events.map((e) => e.type)).to.deep.equal(['tip-jar-close', 'tip-jar-open']);
    expect(events[0].detail).to.deep.equal({ reason: 'api' });
    expect(parts(el, 'option')).to.have.length(2);
  });

  it('removed while a close is on its way and show() was called, it stays closed and updateComplete resolves', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const dialog = await openModal(el);
    const parent = el.parentElement!;
    el.hide();
    await el.updateComplete;
    el.show();
    const settled = el.updateComplete;
    el.remove();
    await settled;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect([el.open, dialog.open]).to.deep.equal([false, false]);
    parent.append(el);
    await el.updateComplete;
    expect([el.open, dialog.open]).to.deep.equal([false, false]);
  });

  it('a close the browser makes on its own (no cancel event first) closes for good, as Escape', async () => {
    const el = await tipJar(html`<tip-jar paypal="awadiop"></tip-jar>`);
    const dialog = await openModal(el);
    const closed = oneEvent(el, 'tip-jar-close');
    dialog.close();
    expect((await closed).detail).to.deep.equal({ reason: 'escape' });
    await el.updateComplete;
    expect([el.open, dialog.open]).to.deep.equal([false, false]);
  });

  describe('on a phone-sized screen', () => {
    before(() => setViewport({ width: 390, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows each QR code on request and reports it then', async () => {
      const el = await tipJar(html`<tip-jar paypal="awadiop" bitcoin=${BTC}></tip-jar>`);
      const events = record(el, 'tip-jar-qr');
      await openModal(el);
      expect(parts(el, 'qr')).to.have.length(0);
      expect(events).to.have.length(0);
      const reveal = parts(el, 'option')[1].querySelector<HTMLButtonElement>('.reveal')!;
      expect(reveal.getAttribute('aria-expanded')).to.equal('false');
      reveal.click();
      await el.updateComplete;
      expect(reveal.getAttribute('aria-expanded')).to.equal('true');
      expect(parts(el, 'qr').map((q) => q.dataset.provider)).to.deep.equal(['bitcoin']);
      expect(events.map((e) => e.detail)).to.deep.equal([{ provider: 'bitcoin', payload: `bitcoin:${BTC}` }]);
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(Math.round(dialog.getBoundingClientRect().width)).to.equal(390);
      for (const target of el.shadowRoot!.querySelectorAll('dialog button, dialog a')) {
        expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(44);
      }
      await expect(el).to.be.accessible();
    });
  });

  it('is accessible closed and open (axe)', async () => {
    const el = await tipJar(html`<tip-jar recipient="Awa Diop" paypal="awadiop" bitcoin=${BTC} amounts="3 5 10" currency="EUR"></tip-jar>`);
    await expect(el).to.be.accessible();
    await openModal(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible open in the dark theme (axe)', async () => {
    const el = await tipJar(html`<tip-jar theme="dark" recipient="Awa Diop" paypal="awadiop" bitcoin=${BTC} amounts="3 5 10" amount="5"></tip-jar>`);
    await expect(el).to.be.accessible();
    await openModal(el);
    await expect(el).to.be.accessible();
  });
});
