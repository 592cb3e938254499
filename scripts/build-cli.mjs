#!/usr/bin/env node
// Bundles the CLI's TypeScript into build/cli/phaen.mjs (run by `npm ci`
// through the prepare script). Starting from the bundle takes a fraction of a
// second where compiling the sources through tsx on every run takes about one;
// bin/phaen.mjs falls back to the sources whenever they are newer.
import { build } from "esbuild";

await build({
  entryPoints: ["generator/cli/main.ts"],
  outfile: "build/cli/phaen.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
