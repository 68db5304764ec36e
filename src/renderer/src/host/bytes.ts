// Byte conversions between what features hand the host (Blob or Uint8Array) and what crosses the bridge.

export async function toBytes(data: Blob | Uint8Array): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer())
}

export function toBlob(data: Blob | Uint8Array, type = ''): Blob {
  // Bytes from the bridge or from our own code are never backed by a SharedArrayBuffer, which is all
  // the BlobPart type rules out, so the narrowing cast is sound.
  return data instanceof Blob ? data : new Blob([data as Uint8Array<ArrayBuffer>], { type })
}
