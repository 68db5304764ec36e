// TextDecoder and TextEncoder exist in every place shared code runs (browsers, workers, Node) but belong
// to neither ES2023's lib nor a DOM-free build. Declared here for the shared-only type check; the node and
// web checks take them from @types/node and lib.dom instead (this folder is excluded there).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}

declare class TextEncoder {
  encode(input?: string): Uint8Array
}
