import { startBootstrap } from './bootstrap';

// The bootstrap's script file (bundled as bootstrap.js by scripts/lib/bundle-bootstrap.mjs),
// declared in the manifest for every frame; the page engine is injected on first focus.
startBootstrap();
