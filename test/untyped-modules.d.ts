// Test-only libraries that ship without type declarations.
declare module 'eth-url-parser' {
  export function parse(uri: string): unknown;
  export function build(request: unknown): string;
}
