import type { App } from 'vue';
/** Mounts the example Vue app into `target`; `onSelect` receives each tip-jar-select detail. */
export function mount(target: Element, onSelect?: (detail: unknown) => void): App;
