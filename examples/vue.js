// Vue 3: <tip-jar> is a native element, so Vue passes attributes and listens to its events.
// In a single-file component the same reads:
//   <tip-jar recipient="Awa Diop" paypal="awadiop" :amount="amount" @tip-jar-select="onSelect" />
// with `compilerOptions.isCustomElement: (tag) => tag === 'tip-jar'` in the Vue plugin's options.
import { createApp, h, ref } from 'vue';
import 'tip-jar';

export function mount(target, onSelect = () => {}) {
  const app = createApp({
    setup() {
      const amount = ref(5);
      return () =>
        h('tip-jar', {
          recipient: 'Awa Diop',
          paypal: 'awadiop',
          amounts: '3 5 10',
          currency: 'EUR',
          // `.amount` sets the property (a number) rather than the attribute.
          '.amount': amount.value,
          'onTip-jar-select': (event) => onSelect(event.detail),
          'onTip-jar-amount': (event) => (amount.value = event.detail.amount),
        });
    },
  });
  app.mount(target);
  return app;
}
