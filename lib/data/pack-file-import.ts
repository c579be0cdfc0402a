import type { ImportResult } from '../core/packs/import-plan';
import { parseJsonText } from '../core/packs/prescan';
import { problem } from '../core/packs/problems';
import { verifyPackSignature } from '../core/packs/signature';
import type { LaipniDb } from './database';
import { importPack, type ImportOptions } from './pack-import';
import { getPolicyState } from './policy-state';

/**
 * A pack file the agent imports. When company policy pins public keys (`publicKeys`), the company
 * accepts only packs signed with them, so a file must carry a signature by one of those keys as
 * a download must; otherwise nothing is installed and the agent reads why. The agent's own
 * per-subscription keys concern that subscription's URL only.
 */
export async function importPackFile(
  db: LaipniDb,
  text: string,
  options: Omit<ImportOptions, 'source'> = {},
): Promise<ImportResult> {
  const keys = (await getPolicyState(db))?.policy.publicKeys ?? [];
  if (keys.length > 0) {
    const read = parseJsonText(text);
    // Not JSON: importPack says so in its own words below.
    if (read.ok) {
      const check = await verifyPackSignature(read.value, keys);
      if (!check.ok)
        return {
          ok: false,
          reason: 'invalid',
          errors: [
            problem(
              'signature',
              `Uzņēmuma politika pieņem tikai pakas, kas parakstītas ar tās atslēgām. ${check.message.lv}`,
              `Company policy accepts only packs signed with its keys. ${check.message.en}`,
            ),
          ],
          warnings: [],
        };
    }
  }
  return importPack(db, text, { ...options, source: 'file' });
}
