/** Writes core/packs/pack.schema.json, the JSON Schema editors use for pack files, from the zod schema (test/core/packs checks it is current). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { packJsonSchema } from "../../core/packs/json-schema";

writeFileSync(fileURLToPath(new URL("../../core/packs/pack.schema.json", import.meta.url)), packJsonSchema());
