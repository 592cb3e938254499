/** The editors' JSON Schema of a pack, made from the zod schema (so the two cannot drift apart). */
import { z } from "zod";
import { PackSchema } from "./schema";

export function packJsonSchema(): string {
  const schema = z.toJSONSchema(PackSchema, { target: "draft-2020-12", io: "input" });
  return `${JSON.stringify({ ...schema, title: "Phaen rule pack (ชุดกติกาประจำปี)" }, null, 2)}\n`;
}
