/* global Blob, BlobPart, URL, document, setTimeout, globalThis */
/**
 * Saving a built document, on each host, saying only what really happened:
 *  - Windows (WebView2): the system's save dialog (showSaveFilePicker); "saved" once the file is written and closed.
 *  - Excel on the web: a browser download; the pane says it was handed to the downloads, since a browser does not
 *    tell a page whether the file was kept.
 *  - Excel for Mac: its WKWebView drops downloads (office-js #2700, closed by design; #4681) and has no save dialog,
 *    so nothing is saved: the pane says so and offers Excel on the web, where export works.
 */
import type { Platform } from "./host";

export type SaveOutcome = { kind: "saved" | "downloaded" | "cannot-save" | "declined"; name: string };
export type SaveFile = (bytes: Uint8Array, name: string) => Promise<SaveOutcome>;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

interface SavePickerHost {
  showSaveFilePicker?(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<{ createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }> }>;
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saverFor(platform: Platform, host: SavePickerHost = globalThis as SavePickerHost): SaveFile {
  if (platform === "Mac" || platform === "iOS") return async (_bytes, name) => ({ kind: "cannot-save", name });
  return async (bytes, name) => {
    if (platform === "PC" && host.showSaveFilePicker) {
      let handle;
      try {
        handle = await host.showSaveFilePicker({ suggestedName: name, types: [{ description: "Word", accept: { [DOCX]: [".docx"] } }] });
      } catch (e) {
        if ((e as Error)?.name === "AbortError") return { kind: "declined", name };
        handle = undefined;
      }
      if (handle) {
        const file = await handle.createWritable();
        await file.write(new Blob([bytes as BlobPart], { type: DOCX }));
        await file.close();
        return { kind: "saved", name };
      }
    }
    download(bytes, name);
    return { kind: "downloaded", name };
  };
}
