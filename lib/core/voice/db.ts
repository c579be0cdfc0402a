/** Level conversions. dBFS is relative to a mean square of 1 (a full-scale square wave). */

/** What silent meters read, dBFS: low enough to be below any real noise, finite for JSON. */
export const SILENT_DB = -120;
const SILENT_POWER = 1e-12;

/** Mean square → dBFS, clamped at SILENT_DB so digital silence stays a finite number. */
export function powerToDb(meanSquare: number): number {
  return meanSquare > SILENT_POWER ? 10 * Math.log10(meanSquare) : SILENT_DB;
}

/** dBFS → mean square. */
export function dbToPower(db: number): number {
  return Math.pow(10, db / 10);
}

/** Per-frame smoothing factor of a one-pole filter with time constant `tauMs`. */
export function onePoleCoefficient(frameMs: number, tauMs: number): number {
  return tauMs <= 0 ? 1 : 1 - Math.exp(-frameMs / tauMs);
}
