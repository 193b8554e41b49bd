import { expect } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { TipJar } from '../src/react.js';
import type { TipJarElement } from '../src/tip-jar.js';

describe('React wrapper (tip-jar/react)', () => {
  it('renders <tip-jar> with properties and typed event props', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const ref = React.createRef<TipJarElement>();
    const opened: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    const warn = console.warn;
    console.warn = () => {};
    try {
      await new Promise<void>((resolve) => {
        root.render(
          React.createElement(TipJar, {
            ref,
            paypal: 'awadiop',
            venmo: 'no way!',
            amounts: '3 5',
            currency: 'USD',
            amount: 5,
            onTipJarOpen: (e) => opened.push(e),
            onTipJarError: (e) => errors.push(e),
          }),
        );
        // React commits on its own schedule: wait until the element is mounted.
        const check = () => (ref.current ? resolve() : requestAnimationFrame(check));
        check();
      });
      const el = ref.current!;
      expect(el).to.be.instanceOf(customElements.get('tip-jar')!);
      await el.updateComplete;
      expect(el.amount).to.equal(5);
      expect(el.options.map((o) => o.url)).to.deep.equal(['https://paypal.me/awadiop/5USD']);
      expect(errors.map((e) => e.detail.attribute)).to.deep.equal(['venmo']);
      el.show();
      await new Promise<void>((resolve) => el.addEventListener('tip-jar-open', () => resolve(), { once: true }));
      expect(opened).to.have.length(1);
      expect(opened[0].detail).to.deep.equal({});
      el.hide();
    } finally {
      console.warn = warn;
      root.unmount();
      container.remove();
    }
  });
});
