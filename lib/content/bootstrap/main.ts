import { startBootstrap } from './bootstrap';

// The bootstrap's script file (bundled as bootstrap.js by scripts/lib/bundle-standalone.mjs),
// declared in the manifest for every frame; the page engine is injected on first focus.
startBootstrap();
