import { fixture } from '@open-wc/testing';
import jsQR from 'jsqr';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { TipJarElement } from '../src/tip-jar.js';

/** Renders a <tip-jar> and waits until its provider code has loaded and it has rendered. */
export async function tipJar(template: TemplateResult): Promise<TipJarElement> {
  const el = await fixture<TipJarElement>(template);
  await el.updateComplete;
  return el;
}

/** Opens the modal and waits for tip-jar-open. */
export async function openModal(el: TipJarElement): Promise<HTMLDialogElement> {
  const opened = new Promise((resolve) => el.addEventListener('tip-jar-open', resolve, { once: true }));
  el.show();
  await opened;
  await el.updateComplete;
  const dialog = el.shadowRoot!.querySelector('dialog')!;
  // Let the opening animation end, so that colours are measured as the visitor sees them.
  await Promise.all(dialog.getAnimations({ subtree: true }).map((a) => a.finished));
  return dialog;
}

export const part = <T extends Element = HTMLElement>(el: Element, name: string): T | null =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

export const parts = <T extends Element = HTMLElement>(el: Element, name: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`),
];

/** Records the events of the given names fired on a target. */
export function record(target: EventTarget, ...names: string[]): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const name of names) target.addEventListener(name, (e) => events.push(e as CustomEvent));
  return events;
}

/** Replaces console.warn for a test; returns the calls and a restore function. */
export function captureWarnings(): { calls: unknown[][]; restore: () => void } {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

export interface Raster {
  width: number;
  data: Uint8ClampedArray;
}

/** Rasterizes an SVG element as the browser paints it, `scale` device pixels per user unit. */
export async function rasterize(svg: SVGSVGElement, scale = 4): Promise<Raster> {
  const side = svg.viewBox.baseVal.width * scale;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(side));
  clone.setAttribute('height', String(side));
  // Carry the painted fills over, so that page or theme CSS would show up in the picture.
  const painted = [...svg.querySelectorAll('rect, path')];
  [...clone.querySelectorAll('rect, path')].forEach((node, i) =>
    node.setAttribute('fill', getComputedStyle(painted[i]).fill),
  );
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.imageSmoothingEnabled = false;
  context.drawImage(image, 0, 0, side, side);
  return { width: side, data: context.getImageData(0, 0, side, side).data };
}

/** Decodes a rendered QR code from its pixels. */
export async function decodeQr(svg: SVGSVGElement): Promise<string | null> {
  const { width, data } = await rasterize(svg);
  return jsQR(data, width, width)?.data ?? null;
}

/** Whether every pixel of the outer `modules` ring of a rasterized code is light. */
export function lightBorder({ width, data }: Raster, modules: number, scale = 4): boolean {
  const band = modules * scale;
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (x >= band && x < width - band && y >= band && y < width - band) continue;
      const i = (y * width + x) * 4;
      if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) return false;
    }
  }
  return true;
}
