import { inflateSync } from 'node:zlib';

/** An 8-bit RGB(A) image decoded from a PNG screenshot. */
export interface Pixels {
  width: number;
  height: number;
  channels: number;
  data: Uint8Array;
}

/** Decodes the non-interlaced 8-bit RGB/RGBA PNGs that Chromium and Firefox screenshots are. */
export function decodePng(png: Uint8Array): Pixels {
  const view = Buffer.from(png);
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < view.length; ) {
    const length = view.readUInt32BE(at);
    const type = view.toString('latin1', at + 4, at + 8);
    const body = view.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('Only 8-bit, non-interlaced PNGs are read here.');
      channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`PNG colour type ${body[9]} is not read here.`);
    }
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (data[out + x - channels] ?? 0) : 0;
      const b = y > 0 ? (data[out - stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (data[out - stride + x - channels] ?? 0) : 0;
      let v = line[x] ?? 0;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[out + x] = v & 255;
    }
  }
  return { width, height, channels, data };
}

/**
 * Of the pixels in the right-hand `columns` of `a` that carry ink (not near white), the share that `b` shows
 * differently (by more than `tolerance` in a channel): how much of what the user saw there is gone or changed.
 */
export function rightEdgeDifference(a: Pixels, b: Pixels, columns: number, tolerance = 24): number {
  const height = Math.min(a.height, b.height);
  let differing = 0;
  let total = 0;
  for (let y = 0; y < height; y += 2) {
    for (let i = 1; i <= columns; i += 2) {
      const pa = (y * a.width + a.width - i) * a.channels;
      const pb = (y * b.width + b.width - i) * b.channels;
      const ink = 765 - (a.data[pa] ?? 0) - (a.data[pa + 1] ?? 0) - (a.data[pa + 2] ?? 0);
      if (ink < 90) continue;
      total++;
      for (let ch = 0; ch < 3; ch++) {
        if (Math.abs((a.data[pa + ch] ?? 0) - (b.data[pb + ch] ?? 0)) > tolerance) {
          differing++;
          break;
        }
      }
    }
  }
  return total ? differing / total : 1;
}
