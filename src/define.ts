import { TipJarElement } from './tip-jar.js';

// Loading the script twice, or two copies of it, must not throw.
if (!customElements.get('tip-jar')) customElements.define('tip-jar', TipJarElement);

declare global {
  interface HTMLElementTagNameMap {
    'tip-jar': TipJarElement;
  }
}
