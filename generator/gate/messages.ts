/** The gate's refusals, one Thai + English line each (a UserError naming the file). */
import { UserError } from "../../core/errors";
import { formatNumber } from "../../core/thai";
import { mb, type Limits } from "./limits";
import { SheetLimitError } from "./sheet";
import { XmlProblem } from "./xml";
import { ZipProblem } from "./zip";

export { mb };
export const num = (n: number) => formatNumber(n);

export function refuse(file: string, th: string, en: string): never {
  throw new UserError(th, en, file);
}

const CORRUPT = ["ไฟล์เสียหายหรือไม่ครบ", "the file is corrupt or truncated"];

export function refuseZip(file: string, e: ZipProblem, limits: Limits): never {
  const part = e.part ?? "";
  switch (e.fault) {
    case "too-many-parts":
      return refuse(file, `มีส่วนประกอบเกิน ${num(limits.maxEntries)} ส่วน`, `more than ${num(limits.maxEntries)} parts in the package`);
    case "encrypted":
      return refuse(file, "ไฟล์ zip ถูกเข้ารหัสไว้", "the zip is encrypted");
    case "duplicate":
      return refuse(file, `มีส่วน ${part} ซ้ำกันสองส่วน จึงไม่อ่าน`, `the package holds two parts named ${part}: refused`);
    case "size-lie":
      return refuse(
        file,
        `ส่วน ${part} ขยายได้มากกว่าขนาดที่ระบุ อาจเป็น zip bomb จึงไม่อ่าน`,
        `part ${part} unpacks to more than it declares: refused as a possible zip bomb`,
      );
    case "crc":
      return refuse(file, `${CORRUPT[0]} (ส่วน ${part} ไม่ตรงกับ CRC-32)`, `${CORRUPT[1]} (part ${part} fails its CRC-32 check)`);
    case "method":
      return refuse(file, `ส่วน ${part} ใช้วิธีบีบอัดที่ไม่รองรับ`, `part ${part} uses an unsupported compression method`);
    default:
      return part
        ? refuse(file, `${CORRUPT[0]} (อ่านส่วน ${part} ไม่ได้)`, `${CORRUPT[1]} (cannot unpack ${part})`)
        : refuse(file, `${CORRUPT[0]} (โครงสร้าง zip ไม่สมบูรณ์)`, `${CORRUPT[1]} (broken zip structure)`);
  }
}

export function refuseXml(file: string, part: string, e: XmlProblem): never {
  switch (e.fault) {
    case "dtd":
      return refuse(
        file,
        `ส่วน ${part} มีการประกาศ DOCTYPE/ENTITY (อาจเป็นการโจมตีแบบขยาย entity) จึงไม่อ่าน`,
        `part ${part} declares a DOCTYPE or ENTITY (XML entity expansion): refused`,
      );
    case "unknown-encoding":
      return refuse(
        file,
        `ส่วน ${part} ระบุรหัสอักขระ ${e.detail} ที่โปรแกรมไม่รู้จัก กรุณาบันทึกใหม่ใน Excel`,
        `part ${part} declares the encoding ${e.detail}, which is not known: save it again in Excel`,
      );
    case "encoding":
      return refuse(
        file,
        `ส่วน ${part} มีไบต์ที่ไม่ใช่รหัสอักขระ ${e.detail} ตามที่ระบุ จึงไม่อ่าน`,
        `part ${part} holds bytes that are not valid ${e.detail}, as it declares: refused`,
      );
    default:
      return refuse(
        file,
        `ส่วน ${part} ไม่ใช่ XML ที่ถูกต้อง (${e.detail.replace("line", "บรรทัด").replace("column", "คอลัมน์").replace("at the end", "ที่ท้ายส่วน")})`,
        `part ${part} is not well-formed XML (${e.detail})`,
      );
  }
}

export function refuseSheet(file: string, sheet: string, e: SheetLimitError): never {
  const s = `"${sheet}"`;
  switch (e.what) {
    case "not-a-worksheet":
      return refuse(
        file,
        `แผ่นงาน ${s} ไม่ใช่แผ่นงานที่อ่านได้ กรุณาบันทึกใหม่ใน Excel`,
        `sheet ${s} is not a readable worksheet: save it again in Excel`,
      );
    case "columns":
      return refuse(
        file,
        `แผ่นงาน ${s} มี ${num(e.value)} คอลัมน์ เกินขีดจำกัด ${num(e.limit)} คอลัมน์`,
        `sheet ${s} has ${num(e.value)} columns, over the ${num(e.limit)}-column limit`,
      );
    case "cells":
      return refuse(file, `แผ่นงาน ${s} มีเซลล์เกินขีดจำกัด ${num(e.limit)} เซลล์`, `sheet ${s} has more than the ${num(e.limit)}-cell limit`);
    case "rows":
      return refuse(
        file,
        `แผ่นงาน ${s} มีเกิน ${num(e.limit)} แถว ซึ่งเป็นขีดจำกัด (${FITS_TH})`,
        `sheet ${s} has more than ${num(e.limit)} rows, the limit (${FITS_EN})`,
      );
    default:
      return refuse(
        file,
        `แผ่นงาน ${s} มีแถวที่ ${num(e.value)} เกินขีดจำกัด ${num(e.limit)} แถว (${FITS_TH})`,
        `sheet ${s} has row ${num(e.value)}, over the ${num(e.limit)}-row limit (${FITS_EN})`,
      );
  }
}

const FITS_TH = "ขนาดที่ตรวจได้ภายในหน่วยความจำ 2 GiB";
const FITS_EN = "what can be checked within 2 GiB of memory";
