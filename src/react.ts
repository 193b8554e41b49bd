/**
 * `<TipJar>` for React: the element wrapped with @lit/react, with typed event props.
 * `import { TipJar } from 'tip-jar/react'` defines `<tip-jar>` as well.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './define.js';
import type { TipJarEventMap } from './events.js';
import { TipJarElement } from './tip-jar.js';

export const TipJar = createComponent({
  tagName: 'tip-jar',
  elementClass: TipJarElement,
  react: React,
  displayName: 'TipJar',
  events: {
    onTipJarOpen: 'tip-jar-open' as EventName<TipJarEventMap['tip-jar-open']>,
    onTipJarClose: 'tip-jar-close' as EventName<TipJarEventMap['tip-jar-close']>,
    onTipJarSelect: 'tip-jar-select' as EventName<TipJarEventMap['tip-jar-select']>,
    onTipJarCopy: 'tip-jar-copy' as EventName<TipJarEventMap['tip-jar-copy']>,
    onTipJarQr: 'tip-jar-qr' as EventName<TipJarEventMap['tip-jar-qr']>,
    onTipJarAmount: 'tip-jar-amount' as EventName<TipJarEventMap['tip-jar-amount']>,
    onTipJarError: 'tip-jar-error' as EventName<TipJarEventMap['tip-jar-error']>,
  },
});
