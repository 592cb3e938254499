/** Builds the CLI bundle into outdir (build/cli unless told): phaen.mjs and its chunks. */
export function buildCli(outdir?: string): Promise<void>;
