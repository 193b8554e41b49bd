import { expect } from '@open-wc/testing';
import { mount as mountSvelte, unmount } from 'svelte';
import { mount as mountVue } from '../examples/vue.js';
import TipJarBox from '../examples/svelte/TipJarBox.svelte';
import type { TipJarElement } from '../src/tip-jar.js';

/** Waits until a framework has rendered <tip-jar> and the element has its options. */
async function rendered(target: Element): Promise<TipJarElement> {
  await new Promise<void>((resolve) => {
    const check = () => (target.querySelector('tip-jar') ? resolve() : requestAnimationFrame(check));
    check();
  });
  const el = target.querySelector<TipJarElement>('tip-jar')!;
  await el.updateComplete;
  return el;
}

/** The visitor picks the second preset, then follows the first option's link. */
async function visit(el: TipJarElement) {
  el.show();
  await new Promise((resolve) => el.addEventListener('tip-jar-open', resolve, { once: true }));
  await el.updateComplete;
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="amounts"] button')[2].click();
  await el.updateComplete;
  window.addEventListener('click', (e) => e.preventDefault(), { once: true });
  el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="option"] a')!.click();
  el.hide();
}

describe('framework examples', () => {
  it('Vue: attributes, a number property, and events', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const selected: unknown[] = [];
    const app = mountVue(target, (detail: unknown) => selected.push(detail));
    const el = await rendered(target);
    expect(el.amount).to.equal(5);
    expect(el.options[0].url).to.equal('https://paypal.me/awadiop/5EUR');
    await visit(el);
    expect(selected).to.deep.equal([{ provider: 'paypal', url: 'https://paypal.me/awadiop/10EUR', amount: 10, currency: 'EUR' }]);
    app.unmount();
    target.remove();
  });

  it('Svelte: props, state bound to an event, and events', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const selected: unknown[] = [];
    const component = mountSvelte(TipJarBox, { target, props: { onselect: (detail: unknown) => selected.push(detail) } });
    const el = await rendered(target);
    expect(el.recipient).to.equal('Awa Diop');
    expect(el.amount).to.equal(5);
    await visit(el);
    expect(selected).to.deep.equal([{ provider: 'paypal', url: 'https://paypal.me/awadiop/10EUR', amount: 10, currency: 'EUR' }]);
    unmount(component);
    target.remove();
  });

  it('Astro: the component’s markup, as Astro renders it, works once the script runs', async () => {
    const source = await (await fetch('/examples/astro/TipJar.astro')).text();
    // Astro outputs the template as static HTML (there are no expressions in it) and bundles the script.
    const markup = source.replace(/^---[\s\S]*?---/, '').replace(/<script>[\s\S]*?<\/script>/, '');
    expect(source).to.contain("import 'tip-jar';");
    const target = document.createElement('div');
    target.innerHTML = markup;
    document.body.append(target);
    const el = await rendered(target);
    expect(el.options.map((o) => o.provider)).to.deep.equal(['orange-money', 'paypal', 'link']);
    target.remove();
  });
});
