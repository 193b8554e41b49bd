/**
 * The trigger's label as a lit-localize message. The element does not call this (it would put the
 * localize runtime on the critical path): it reads the same unit, id `tip`, from the locale's
 * catalogue (`TIP` in catalogues.ts). This declaration is what `lit-localize extract` finds, and the
 * tests compare the element's label with it.
 */
import { msg } from '@lit/localize';

export const triggerLabel = () => msg('Tip', { id: 'tip', desc: 'Trigger button: leave a tip for the author' });
