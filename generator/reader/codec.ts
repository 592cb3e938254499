/**
 * Node's zlib for the gate's inflation and CRC-32, and its UTF-8 check:
 * native, several times faster than fflate's JavaScript and a decoding. The
 * cap is the same: zlib stops as soon as a part would unpack to more than it
 * declares.
 */
import { isUtf8 } from "node:buffer";
import { crc32, inflateRawSync } from "node:zlib";
import { ZipProblem, type GateCodec } from "../gate";

/** The most zlib allocates at once for a part, whatever size it declares. */
const OUTPUT_CHUNK = 4 * 1024 * 1024;

export const NODE_CODEC: GateCodec = {
  inflateRaw(data, size, name) {
    try {
      // One output buffer for a part of up to OUTPUT_CHUNK bytes (zlib's 16 KiB default grows and joins pieces).
      return inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.min(Math.max(64, size), OUTPUT_CHUNK) });
    } catch (e) {
      throw new ZipProblem((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "size-lie" : "structure", name);
    }
  },
  crc32: (data) => crc32(data),
  isUtf8: (data) => isUtf8(data),
};
