// The page benchmark's floor: an extension whose content script is empty, declared like
// Laipni's bootstrap (every frame, document_idle). Its script time at load is what the browser
// charges any extension for running a content script in a frame (creating the isolated world,
// compiling and running a file), so the load table can show it beside Laipni's own figure.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes the floor extension to a temporary folder and returns its path. */
export async function createFloorExtension() {
  const dir = await mkdtemp(join(tmpdir(), 'laipni-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (benchmark floor)',
    version: '1.0',
    // A service worker, so the benchmark's launcher finds the extension started.
    background: { service_worker: 'background.js' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        match_origin_as_fallback: true,
        run_at: 'document_idle',
        js: ['empty.js'],
      },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, 'background.js'), '');
  await writeFile(join(dir, 'empty.js'), '');
  return dir;
}
