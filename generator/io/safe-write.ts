/**
 * Safe output, all or nothing: every file is written to a temporary file in
 * its target folder; only when all are written are they renamed into place,
 * and a failure while renaming puts back what was there before. Existing
 * outputs are refused without --force, and a folder standing where an output
 * goes is refused even with it, before anything is written. No temporary
 * file survives a failure, a full disk included.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { lstat, mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../../core/errors";
import { fsErrorOf } from "./fs-errors";

/** The file-system calls output goes through; tests swap one for a fault (a full disk: ENOSPC). */
export const outputFs = { lstat, mkdir, rename, rm, writeFile, createWriteStream };

export interface OutputFile {
  path: string;
  /** Writes the content to the given (temporary) path. */
  write(tmpPath: string): Promise<void>;
}

export function bufferOutput(path: string, data: Uint8Array | (() => Promise<Uint8Array>)): OutputFile {
  return { path, write: async (tmp) => outputFs.writeFile(tmp, typeof data === "function" ? await data() : data) };
}

async function kindOf(path: string): Promise<"none" | "folder" | "file"> {
  try {
    return (await outputFs.lstat(path)).isDirectory() ? "folder" : "file";
  } catch {
    return "none";
  }
}

/** Refuses outputs that would overwrite an input, a folder, or (without force) an existing file. Writes nothing. */
export async function checkOutputs(paths: readonly string[], opts: { force: boolean; inputs?: readonly string[] }): Promise<void> {
  const inputs = new Set((opts.inputs ?? []).map((p) => resolve(p)));
  for (const p of paths) {
    if (inputs.has(resolve(p)))
      throw new UserError("ไฟล์ผลลัพธ์ซ้ำกับไฟล์ต้นฉบับ จะไม่เขียนทับสมุดงาน", "the output is an input workbook; inputs are never written", p);
  }
  const taken: string[] = [];
  for (const p of paths) {
    const kind = await kindOf(p);
    if (kind === "folder")
      throw new UserError("มีโฟลเดอร์ชื่อเดียวกับไฟล์ผลลัพธ์อยู่แล้ว จึงไม่เขียน", "a folder stands where the output file goes: nothing written", p);
    if (kind === "file") taken.push(p);
  }
  if (taken.length && !opts.force) {
    const list = taken.map((p) => basename(p)).join(", ");
    throw new UserError(
      `มีไฟล์อยู่แล้ว (${list}) ใช้ --force เพื่อเขียนทับ`,
      `output already exists (${list}); use --force to overwrite`,
      dirname(taken[0]),
    );
  }
}

const sidePath = (path: string, kind: string) =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.${kind}`);

interface Staged {
  tmp: string;
  path: string;
  /** Where the file it replaces was moved while the outputs were renamed in. */
  backup?: string;
  placed?: boolean;
}

/** Puts every target back as it was: new files removed, replaced ones restored, temporaries gone. */
async function rollBack(staged: readonly Staged[]): Promise<void> {
  for (const s of [...staged].reverse()) {
    if (s.placed) await outputFs.rm(s.path, { force: true }).catch(() => undefined);
    if (s.backup) await outputFs.rename(s.backup, s.path).catch(() => undefined);
    await outputFs.rm(s.tmp, { force: true }).catch(() => undefined);
  }
}

/** Writes every file or none (see the module comment); a failure is one line in the user's words. */
export async function writeOutputs(files: readonly OutputFile[], opts: { force: boolean; inputs?: readonly string[] }): Promise<void> {
  await checkOutputs(
    files.map((f) => f.path),
    opts,
  );
  const staged: Staged[] = [];
  let current = "";
  try {
    for (const f of files) {
      current = f.path;
      await outputFs.mkdir(dirname(f.path), { recursive: true });
      const s: Staged = { tmp: sidePath(f.path, "tmp"), path: f.path };
      staged.push(s);
      await f.write(s.tmp);
    }
    for (const s of staged) {
      current = s.path;
      if ((await kindOf(s.path)) !== "none") {
        const backup = sidePath(s.path, "bak");
        await outputFs.rename(s.path, backup);
        s.backup = backup;
      }
      await outputFs.rename(s.tmp, s.path);
      s.placed = true;
    }
  } catch (e) {
    await rollBack(staged);
    // A file-system fault in the user's words; anything else (a UserError, a programming fault) as it is.
    throw (e as { code?: unknown }).code ? fsErrorOf(e, current, "write") : e;
  }
  for (const s of staged) if (s.backup) await outputFs.rm(s.backup, { force: true }).catch(() => undefined);
}
