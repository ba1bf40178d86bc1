import type { IncomingMessage, ServerResponse } from "node:http";

export function createPageCache(options?: {
  ttlMs?: number;
  staleTtlMs?: number;
  maxBytes?: number;
  now?: () => number;
}): {
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  capture(request: IncomingMessage, response: ServerResponse): void;
  readonly size: number;
};
