/**
 * A worker's whole script: it makes the list of locales that every Intl number format needs, one
 * native call of about 200 ms at 4x CPU slowdown that cannot be split, on a thread of its own.
 * Chromium keeps that list for the whole process, so the page's first number format then takes a
 * millisecond (ready-intl.ts). Its answer tells the page the list is made.
 */
declare function postMessage(message: unknown): void;

postMessage(Intl.NumberFormat.supportedLocalesOf('en'));
close();
