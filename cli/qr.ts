import { encode } from 'uqr';

/**
 * A QR code for the terminal, two modules per character cell (upper half block). With colours
 * the cell's foreground is the upper module and its background the lower one, so the code reads
 * the same on dark and light terminals. Without colours (a pipe, a file, NO_COLOR) light modules
 * are drawn as blocks, which suits the usual dark terminal; phone cameras also read the inverse.
 */

const UPPER = '\u2580';
const LOWER = '\u2584';
const FULL = '\u2588';
const FG = { dark: '30', light: '97' } as const;
const BG = { dark: '40', light: '107' } as const;
const RESET = '\u001b[0m';

export interface QrOptions {
  /** ANSI colours (a terminal that shows them). */
  colour: boolean;
}

export function terminalQr(text: string, options: QrOptions): string {
  // Medium error correction survives screen glare; a 4-module quiet zone is what readers expect.
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const dark = (row: number, col: number): boolean => data[row]?.[col] === true;
  const lines: string[] = [];
  for (let row = 0; row < data.length; row += 2) {
    let line = '';
    for (let col = 0; col < data.length; col++) {
      const top = dark(row, col);
      const bottom = row + 1 < data.length ? dark(row + 1, col) : false;
      if (options.colour) {
        line += `\u001b[${top ? FG.dark : FG.light};${bottom ? BG.dark : BG.light}m${UPPER}`;
      } else if (!top && !bottom) line += FULL;
      else if (!top) line += UPPER;
      else if (!bottom) line += LOWER;
      else line += ' ';
    }
    lines.push(options.colour ? `${line}${RESET}` : line);
  }
  return `${lines.join('\n')}\n`;
}
