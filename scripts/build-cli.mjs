#!/usr/bin/env node
// Bundles the CLI's TypeScript into build/cli/phaen.mjs (run by `npm ci`
// through the prepare script). Starting from the bundle takes a fraction of a
// second where compiling the sources through tsx on every run takes about one;
// bin/phaen.mjs falls back to the sources whenever they are newer.
// Code splitting keeps each command in its own chunk, loaded when that command
// runs (as the sources' dynamic imports say), so `phaen rules` never loads exceljs.
import { build } from "esbuild";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Builds the bundle into outdir (build/cli unless told): phaen.mjs and its chunks. */
export async function buildCli(outdir = "build/cli") {
  await build({
    entryPoints: { phaen: fileURLToPath(new URL("../generator/cli/main.ts", import.meta.url)) },
    outdir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: true,
    logLevel: "warning",
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await import("node:fs").then(({ rmSync }) => rmSync("build/cli", { recursive: true, force: true }));
  await buildCli();
}
