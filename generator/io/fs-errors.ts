/**
 * File-system faults in the user's words: each code the user can act on gets
 * its own Thai + English line naming the file, never the engine's "EACCES".
 */
import { lstatSync } from "node:fs";
import { UserError } from "../../core/errors";

function isDanglingLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

const WORDS: Record<string, [string, string]> = {
  EACCES: ["ไม่มีสิทธิ์เข้าถึง", "permission denied"],
  EPERM: ["ไม่มีสิทธิ์เข้าถึง", "permission denied"],
  ENOSPC: ["พื้นที่ดิสก์เต็ม", "the disk is full"],
  EDQUOT: ["พื้นที่ดิสก์เต็ม (เกินโควตา)", "the disk is full (quota exceeded)"],
  EISDIR: ["เป็นโฟลเดอร์ในที่ที่ต้องเป็นไฟล์", "a folder where a file is expected"],
  ENOTDIR: ["มีไฟล์อยู่ในที่ที่ต้องเป็นโฟลเดอร์", "a file where a folder is expected"],
  ELOOP: ["ลิงก์วนซ้ำกัน", "the links loop"],
  EROFS: ["ดิสก์อ่านได้อย่างเดียว", "the disk is read-only"],
  ENAMETOOLONG: ["ชื่อไฟล์ยาวเกินไป", "the file name is too long"],
  EBUSY: ["ไฟล์ถูกใช้งานอยู่", "the file is in use"],
  EMFILE: ["เปิดไฟล์พร้อมกันมากเกินไป", "too many open files"],
};

export function fsErrorOf(e: unknown, file: string, action: "read" | "write"): UserError {
  if (e instanceof UserError) return e;
  const code = (e as { code?: string } | undefined)?.code ?? "";
  const verb = action === "read" ? ["อ่านไม่ได้", "cannot read"] : ["เขียนไม่ได้", "cannot write"];
  if (code === "ENOENT") {
    if (isDanglingLink(file)) return new UserError(`${verb[0]}: เป็นลิงก์ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่`, `${verb[1]}: a link that points to nothing`, file);
    return action === "read"
      ? new UserError("ไม่พบไฟล์", "file not found", file)
      : new UserError(`${verb[0]}: ไม่พบโฟลเดอร์ปลายทาง`, `${verb[1]}: the folder does not exist`, file);
  }
  const words = WORDS[code];
  if (words) return new UserError(`${verb[0]}: ${words[0]}`, `${verb[1]}: ${words[1]}`, file);
  return new UserError(
    `${verb[0]} (ข้อผิดพลาดของระบบไฟล์ ${code || "ไม่ทราบชนิด"})`,
    `${verb[1]} (file-system error ${code || "of unknown kind"})`,
    file,
  );
}
