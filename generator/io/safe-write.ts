/**
 * Safe output: every file is written to a temporary file in its target folder
 * and renamed into place. Existing outputs are refused without --force before
 * anything is written, so a refused run changes nothing.
 */
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../../core/errors";

export interface OutputFile {
  path: string;
  /** Writes the content to the given (temporary) path. */
  write(tmpPath: string): Promise<void>;
}

export function bufferOutput(path: string, data: Uint8Array | (() => Promise<Uint8Array>)): OutputFile {
  return { path, write: async (tmp) => writeFile(tmp, typeof data === "function" ? await data() : data) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses outputs that would overwrite an input or (without force) an existing file. Writes nothing. */
export async function checkOutputs(paths: readonly string[], opts: { force: boolean; inputs?: readonly string[] }): Promise<void> {
  const inputs = new Set((opts.inputs ?? []).map((p) => resolve(p)));
  for (const p of paths) {
    if (inputs.has(resolve(p)))
      throw new UserError("ไฟล์ผลลัพธ์ซ้ำกับไฟล์ต้นฉบับ จะไม่เขียนทับสมุดงาน", "the output is an input workbook; inputs are never written", p);
  }
  if (opts.force) return;
  const taken: string[] = [];
  for (const p of paths) if (await exists(p)) taken.push(p);
  if (taken.length) {
    const list = taken.map((p) => basename(p)).join(", ");
    throw new UserError(
      `มีไฟล์อยู่แล้ว (${list}) ใช้ --force เพื่อเขียนทับ`,
      `output already exists (${list}); use --force to overwrite`,
      dirname(taken[0]),
    );
  }
}

/** Writes every file through a temporary file and a rename; on failure removes the temporaries and writes nothing more. */
export async function writeOutputs(files: readonly OutputFile[], opts: { force: boolean; inputs?: readonly string[] }): Promise<void> {
  await checkOutputs(
    files.map((f) => f.path),
    opts,
  );
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      await mkdir(dirname(f.path), { recursive: true });
      const tmp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
      staged.push({ tmp, path: f.path });
      await f.write(tmp);
    }
  } catch (e) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw cannotWrite(e, staged.at(-1)?.path ?? files[0]?.path);
  }
  for (const s of staged) await rename(s.tmp, s.path).catch((e: unknown) => Promise.reject(cannotWrite(e, s.path)));
}

/** A folder that cannot be made or a file that cannot be written (no permission, a full disk) is the user's to fix. */
function cannotWrite(e: unknown, path: string | undefined): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (e instanceof UserError || !code) return e;
  const why = (e as Error).message.split("\n")[0];
  return new UserError(`เขียนไฟล์ไม่ได้ (${why})`, `cannot write the file (${why})`, path);
}
