/**
 * testing-library's `screen`, bound to the document of the test file it runs
 * in. Test files share loaded modules (vitest.config.ts, isolate: false), and
 * testing-library binds its own `screen` to the document.body of the first
 * file that loads it, so a second jsdom file's queries would search a
 * document that is gone.
 */
import { screen as firstScreen, within } from "@testing-library/react";

export const screen = new Proxy(firstScreen, {
  get: (_target, key) => Reflect.get(within(document.body), key) ?? Reflect.get(firstScreen, key),
}) as typeof firstScreen;
