#!/usr/bin/env node
// The `phaen` command. TypeScript sources run through tsx so a fresh clone
// needs no build step before `npx phaen`.
import { register } from "tsx/esm/api";

register();
await import("../generator/cli/main.ts");
