/** File names made from cell contents (the CLI's and the pane's alike): no path separators, control characters or names Windows reserves. */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Bytes, not characters: a Thai character takes 3 bytes in UTF-8 and most file systems allow 255. */
const MAX_BYTES = 200;

function truncateBytes(s: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (enc.encode(out + ch).length > max) break;
    out += ch;
  }
  return out;
}

/** A safe base name plus extension, whatever the cells hold ("../../etc/passwd" → "etc-passwd"). */
export function safeFileName(base: string, ext = ""): string {
  let s = base
    .normalize("NFC")
    // Control characters, bidi overrides and zero-width characters.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/[/\\:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .replace(/-{2,}/g, "-")
    .replace(/^[\s.-]+|[\s.]+$/g, "");
  s = truncateBytes(s, MAX_BYTES - new TextEncoder().encode(ext).length).replace(/[\s.]+$/, "");
  if (!s) s = "เอกสาร";
  if (RESERVED.test(s)) s = `_${s}`;
  return `${s}${ext}`;
}
