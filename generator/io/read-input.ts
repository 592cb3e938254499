/** Reading an input file safely: looked at before it is read, read only up to the size it had. */
import { open, stat } from "node:fs/promises";
import { UserError } from "../../core/errors";
import { refuseBySize } from "../gate/limits";
import { fsErrorOf } from "./fs-errors";

/**
 * Reads a regular file of at most `maxBytes`, refusing anything else first:
 * a FIFO would hang the read, /dev/zero would never end.
 */
export async function readInputFile(file: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(file).catch((e: unknown) => {
    throw fsErrorOf(e, file, "read");
  });
  if (info.isDirectory()) throw new UserError("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file", file);
  if (!info.isFile())
    throw new UserError("ไม่ใช่ไฟล์ธรรมดา (เช่น FIFO หรืออุปกรณ์) จึงไม่อ่าน", "not a regular file (a FIFO or a device): refused", file);
  refuseBySize(file, info.size, maxBytes);
  // Read at most the size stat saw (plus one byte, to notice a file that grew), never "to the end".
  const handle = await open(file, "r").catch((e: unknown) => {
    throw fsErrorOf(e, file, "read");
  });
  try {
    const buf = Buffer.alloc(info.size + 1);
    let got = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
      if (!bytesRead) break;
      got += bytesRead;
      if (got > info.size) throw new UserError("ไฟล์เปลี่ยนขนาดระหว่างอ่าน", "the file changed size while being read", file);
    }
    return buf.subarray(0, got);
  } catch (e) {
    throw e instanceof UserError ? e : fsErrorOf(e, file, "read");
  } finally {
    await handle.close();
  }
}
