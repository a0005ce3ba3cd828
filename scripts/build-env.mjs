// Preloaded by `npm run build` (`node --import=./scripts/build-env.mjs … astro build`): settings that must be in the
// environment before Astro loads Vite's bundler, Rolldown, a native module with its own allocator (mimalloc), which
// reads them once when it is loaded. A setting already in the environment is left as it is.
//
// MIMALLOC_PURGE_DELAY=0: Rolldown gives memory it has freed back to the system at once. With the default delay the
// build process kept a few hundred MiB of the bundling step's memory through rendering: at scale 1 (10,000 cases)
// 1.69 GiB during rendering instead of 1.38 GiB (docs/performance.md).
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
