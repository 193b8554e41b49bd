// Test-only libraries that ship without type declarations.
declare module 'eth-url-parser' {
  export function parse(uri: string): unknown;
  export function build(request: unknown): string;
}

declare module 'sepa-payment-qr-code' {
  export default function generateQrCode(data: {
    name: string;
    iban: string;
    bic?: string;
    amount?: number | null;
    purposeCode?: string;
    structuredReference?: string;
    unstructuredReference?: string;
    information?: string;
  }): string;
}

declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>>;
  export default component;
}
