// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { WorkbookPort } from "../../addin/logic/port";
import { useLiveCheck } from "../../addin/ui/useLiveCheck";

afterEach(cleanup);

function portWithEdits() {
  let listener: (() => void) | null = null;
  const port = {
    watchChanges: async (onChange: () => void) => {
      listener = onChange;
      return async () => void (listener = null);
    },
  } as unknown as WorkbookPort;
  return { port, edit: () => listener?.(), listening: () => listener !== null };
}

function Probe(props: { port: WorkbookPort; enabled: boolean; check: () => Promise<unknown> }) {
  useLiveCheck(props.port, props.enabled, props.check, 40);
  return null;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("live re-check", () => {
  it("checks once after a burst of edits, not once per edit", async () => {
    const { port, edit } = portWithEdits();
    let checks = 0;
    render(<Probe port={port} enabled check={async () => void checks++} />);
    await wait(5);
    for (let i = 0; i < 20; i++) edit();
    await wait(120);
    expect(checks).toBe(1);
  });

  it("queues one more check for edits made while a slow check runs", async () => {
    const { port, edit } = portWithEdits();
    let checks = 0;
    render(
      <Probe
        port={port}
        enabled
        check={async () => {
          checks++;
          await wait(100);
        }}
      />,
    );
    await wait(5);
    edit();
    await wait(60);
    for (let i = 0; i < 10; i++) edit();
    await wait(60);
    for (let i = 0; i < 10; i++) edit();
    await wait(400);
    expect(checks).toBe(2);
  });

  it("stops listening when switched off", async () => {
    const { port, listening } = portWithEdits();
    const view = render(<Probe port={port} enabled check={async () => undefined} />);
    await wait(5);
    expect(listening()).toBe(true);
    view.rerender(<Probe port={port} enabled={false} check={async () => undefined} />);
    await wait(5);
    expect(listening()).toBe(false);
  });
});
