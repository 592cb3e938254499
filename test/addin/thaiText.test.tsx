// @vitest-environment jsdom
/** The pane's labels keep the words the browser's Thai dictionary splits (เป้า|หมาย, ถ่วง|น้ำหนัก) whole. */
import { cleanup } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { keepWords } from "../../addin/ui/ThaiText";
import { renderHere } from "./screen";

afterEach(cleanup);

const kept = (text: string) => {
  const { container } = renderHere(<p>{keepWords(text)}</p>);
  const p = container.querySelector("p")!;
  return {
    text: p.textContent,
    whole: [...p.querySelectorAll("[data-keep]")].map((s) => [s.textContent, (s as HTMLElement).style.whiteSpace]),
  };
};

describe("keepWords", () => {
  it("wraps each whole word in a span that does not break, leaving the text as it was", () => {
    expect(kept("3.3 ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์และเป้าหมาย: ผ่าน")).toEqual({
      text: "3.3 ยุทธศาสตร์และแนวทางตอบวัตถุประสงค์และเป้าหมาย: ผ่าน",
      whole: [
        ["ยุทธศาสตร์", "nowrap"],
        ["วัตถุประสงค์", "nowrap"],
        ["เป้าหมาย", "nowrap"],
      ],
    });
    // The longer word wins where two overlap: ถ่วงน้ำหนัก stays whole, not just น้ำหนัก.
    expect(kept("คะแนนถ่วงน้ำหนัก").whole).toEqual([["ถ่วงน้ำหนัก", "nowrap"]]);
  });

  it("leaves text with none of them as plain text", () => {
    expect(keepWords("ตรวจสอบแผน")).toBe("ตรวจสอบแผน");
  });
});
