"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs the component in the browser.
 * Buttons that only work through JavaScript stay disabled until then: a click on server-rendered markup
 * before hydration would otherwise do nothing at all, silently (slow phones, busy machines).
 */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
