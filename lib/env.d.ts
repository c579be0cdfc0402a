// The build mode Vite replaces at build time: 'production', or 'test' for the test build.
interface ImportMetaEnv {
  readonly MODE: string;
}
