// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { saverFor } from "../../addin/office/save";

const bytes = new Uint8Array([0x50, 0x4b]);

describe("saving a document on each host", () => {
  it("Excel for Mac: says it cannot save, and writes nothing", async () => {
    const picker = vi.fn();
    expect(await saverFor("Mac", { showSaveFilePicker: picker })(bytes, "a.docx")).toEqual({ kind: "cannot-save", name: "a.docx" });
    expect(picker).not.toHaveBeenCalled();
  });

  it("Windows: 'saved' only once the chosen file is written and closed", async () => {
    const steps: string[] = [];
    const host = {
      showSaveFilePicker: async () => ({
        createWritable: async () => ({
          write: async () => void steps.push("write"),
          close: async () => void steps.push("close"),
        }),
      }),
    };
    expect(await saverFor("PC", host)(bytes, "a.docx")).toEqual({ kind: "saved", name: "a.docx" });
    expect(steps).toEqual(["write", "close"]);
  });

  it("Windows: the planner closing the dialog is not a save", async () => {
    const host = { showSaveFilePicker: async () => Promise.reject(Object.assign(new Error("x"), { name: "AbortError" })) };
    expect(await saverFor("PC", host)(bytes, "a.docx")).toEqual({ kind: "declined", name: "a.docx" });
  });

  it("Excel on the web: a download, reported as handed to the downloads", async () => {
    URL.createObjectURL = vi.fn(() => "blob:x");
    URL.revokeObjectURL = vi.fn();
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    expect(await saverFor("OfficeOnline", {})(bytes, "ตราด.docx")).toEqual({ kind: "downloaded", name: "ตราด.docx" });
    expect(clicks).toEqual(["ตราด.docx"]);
  });
});
