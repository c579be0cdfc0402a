/** A tiny WAV reader for the benchmark: PCM 16/24/32-bit or 32-bit float, first channel only. */
import { readFileSync } from 'node:fs';

export interface Wav {
  sampleRate: number;
  samples: Float32Array;
}

export function readWav(path: string): Wav {
  const b = readFileSync(path);
  if (b.toString('ascii', 0, 4) !== 'RIFF' || b.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error(`${path}: not a WAV file`);
  let format = 0;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let at = 12;
  while (at + 8 <= b.length) {
    const id = b.toString('ascii', at, at + 4);
    const size = b.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ') {
      format = b.readUInt16LE(body);
      channels = b.readUInt16LE(body + 2);
      sampleRate = b.readUInt32LE(body + 4);
      bits = b.readUInt16LE(body + 14);
      // WAVE_FORMAT_EXTENSIBLE keeps the real format in its sub-format GUID.
      if (format === 0xfffe) format = b.readUInt16LE(body + 24);
    } else if (id === 'data') {
      if (!channels) throw new Error(`${path}: data before fmt`);
      const bytes = bits / 8;
      const n = Math.floor(Math.min(size, b.length - body) / (bytes * channels));
      const samples = new Float32Array(n);
      const step = bytes * channels;
      for (let i = 0; i < n; i++) {
        const p = body + i * step;
        if (format === 3 && bits === 32) samples[i] = b.readFloatLE(p);
        else if (format === 1 && bits === 16) samples[i] = b.readInt16LE(p) / 32768;
        else if (format === 1 && bits === 24) samples[i] = b.readIntLE(p, 3) / 8388608;
        else if (format === 1 && bits === 32) samples[i] = b.readInt32LE(p) / 2147483648;
        else throw new Error(`${path}: unsupported format ${format}/${bits} bit`);
      }
      return { sampleRate, samples };
    }
    at = body + size + (size & 1);
  }
  throw new Error(`${path}: no data chunk`);
}
