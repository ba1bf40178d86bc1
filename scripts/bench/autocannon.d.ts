// autocannon 8 ships no types and there is no @types package: the part of its API the benchmarks use
// (README "API"), typed by hand.
declare module "autocannon" {
  type Headers = Record<string, string>;
  export type Request = {
    method?: string;
    path?: string;
    headers?: Headers;
    body?: string;
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Headers) => void;
  };
  export type Client = { setRequests: (requests: Request[]) => void };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    method?: string;
    headers?: Headers;
    body?: string;
    requests?: Request[];
    setupClient?: (client: Client) => void;
    verifyBody?: (body: string) => boolean;
  };
  export type Result = {
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  };
  export type Instance = Promise<Result> & {
    on(event: "response", listener: (client: Client, status: number, bytes: number, ms: number) => void): Instance;
    stop(): void;
  };
  export default function autocannon(options: Options): Instance;
}
