/**
 * Test files share loaded modules (vitest.config.ts: isolate: false), so whatever a library bound
 * to the document of the first jsdom file that loaded it is stale in every later file:
 * testing-library's `screen` (document.body) and Fluent's style renderer and target document
 * (its tabs' hidden reserved-space copy then shows, doubling their names). Here both are taken
 * from the document of the file running now.
 */
import { createDOMRenderer, FluentProvider, RendererProvider } from "@fluentui/react-components";
import { render, within, type screen as boundScreen } from "@testing-library/react";
import type { ReactElement } from "react";

type Screen = typeof boundScreen;

export const screen = new Proxy({} as Screen, {
  get: (_target, key) => (within(document.body) as unknown as Record<PropertyKey, unknown>)[key],
});

/** render(), with Fluent's styles inserted into this file's document. */
export function renderHere(ui: ReactElement): ReturnType<typeof render> {
  return render(
    <RendererProvider renderer={createDOMRenderer(document)} targetDocument={document}>
      <FluentProvider targetDocument={document}>{ui}</FluentProvider>
    </RendererProvider>,
  );
}
