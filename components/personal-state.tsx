"use client";

// The reader's own state on pages that are rendered once for everyone (ISR, ADR 005): who is signed in,
// which of the shown papers they upvoted or hid, which of the shown topics they follow. Components that
// show such state register the ids they show; once per page view `PersonalLoader` asks `GET /api/me`
// for exactly those ids (one request) and writes the answers into react-query entries the components
// read. Until an answer arrives the entries are empty, and the controls show a neutral state.
import { skipToken, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { createContext, type ReactNode, useContext, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Viewer } from "@/lib/viewer";

export type { Viewer };

export type OwnTopic = {
  id: string;
  slug: string;
  name: string;
  description: string;
  query: string;
  papers: number;
  followers: number;
  following: boolean;
  own: true;
};

export type MeResponse =
  | { viewer: null }
  | {
      viewer: Viewer;
      upvoted: string[];
      hidden: string[];
      counts: Record<string, number>;
      following: string[];
      ownTopics?: OwnTopic[];
    };

/** A paper's vote as this reader sees it; `count` is the server's current one when known. */
export type PaperVote = { upvoted: boolean; count?: number };

export const personalKeys = {
  viewer: ["viewer"] as const,
  upvote: (paperId: string) => ["upvote", paperId] as const,
  hidden: (paperId: string) => ["hidden", paperId] as const,
  follow: (topicId: string) => ["follow", topicId] as const,
  ownTopics: ["own-topics"] as const,
};

type Kind = "papers" | "topics" | "own";

/** Which ids the mounted components show, counted so that two cards of one paper register it once. */
class Registry {
  private readonly counts: Record<Kind, Map<string, number>> = { papers: new Map(), topics: new Map(), own: new Map() };
  private readonly listeners = new Set<() => void>();
  /** When each key was last written by this browser (a mutation), so an older answer doesn't undo it. */
  private readonly localWrites = new Map<string, number>();
  /** The ids a page rendered per reader handed over with its HTML (SeedPersonalState): nothing to ask. */
  private seeded: { papers: string[]; topics: string[] } | null = null;

  /** Mounted pages whose own data seeds the state (a static shell's JSON): while any is, ask nothing. */
  private holds = 0;

  seed(ids: { papers: string[]; topics: string[] }) {
    this.seeded = ids;
  }

  hold() {
    this.holds += 1;
    return () => {
      this.holds -= 1;
      // The next view starts afresh: what the holding page seeded says nothing about it.
      this.seeded = null;
      this.listeners.forEach((listener) => listener());
    };
  }

  held() {
    return this.holds > 0;
  }

  takeSeeded() {
    const seeded = this.seeded;
    this.seeded = null;
    return seeded;
  }

  /** When each /api/me request still out started. */
  private readonly asking: number[] = [];

  wroteAt(key: readonly unknown[]) {
    return this.localWrites.get(JSON.stringify(key)) ?? 0;
  }

  /** An /api/me request starts: its answer must not undo what this browser writes from now on. */
  ask() {
    const startedAt = Date.now();
    this.asking.push(startedAt);
    const done = () => {
      this.asking.splice(this.asking.indexOf(startedAt), 1);
      // A write older than every request still out can be undone by no answer: forget it.
      const oldest = Math.min(...this.asking);
      for (const [key, at] of this.localWrites) if (at < oldest) this.localWrites.delete(key);
    };
    return { startedAt, done };
  }

  write(key: readonly unknown[]) {
    this.localWrites.set(JSON.stringify(key), Date.now());
  }

  add(kind: Kind, id: string) {
    const map = this.counts[kind];
    map.set(id, (map.get(id) ?? 0) + 1);
    if (map.get(id) === 1) this.listeners.forEach((listener) => listener());
    return () => {
      const left = (map.get(id) ?? 1) - 1;
      if (left > 0) map.set(id, left);
      else map.delete(id);
    };
  }

  ids(kind: Kind) {
    return [...this.counts[kind].keys()].sort();
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
}

const RegistryContext = createContext<Registry | null>(null);

function useRegistry() {
  const registry = useContext(RegistryContext);
  if (!registry) throw new Error("Personal state is used outside <PersonalStateProvider>");
  return registry;
}

/** Shows `kind`'s `id` to the next /api/me request. A layout effect: it runs before the loader's effect. */
function useRegister(kind: Kind, id: string | null) {
  const registry = useRegistry();
  useLayoutEffect(() => (id === null ? undefined : registry.add(kind, id)), [registry, kind, id]);
}

export function PersonalStateProvider({ children }: { children: ReactNode }) {
  const [registry] = useState(() => new Registry());
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>;
}

type MeRequest = { view: string; papers: string[]; topics: string[]; own: boolean };

/**
 * Asks for the reader's state once per page view (a new path or query string), and again within a view
 * only when components showing ids not yet asked about mount (a streamed part, a list that grew).
 * Rendered once, inside <Suspense> (useSearchParams would otherwise make every page client-rendered).
 */
export function PersonalLoader() {
  const registry = useRegistry();
  const queryClient = useQueryClient();
  const view = `${usePathname()}?${useSearchParams().toString()}`;
  const [request, setRequest] = useState<MeRequest | null>(null);
  const [registered, setRegistered] = useState(0);
  const asked = useRef<MeRequest | null>(null);

  useEffect(() => registry.subscribe(() => setRegistered((n) => n + 1)), [registry]);
  useEffect(() => {
    if (registry.held()) {
      asked.current = null;
      return;
    }
    const next = {
      view,
      papers: registry.ids("papers"),
      topics: registry.ids("topics"),
      own: registry.ids("own").length > 0,
    };
    const seeded = registry.takeSeeded();
    if (seeded) asked.current = { ...next, ...seeded };
    const last = asked.current;
    const covered =
      last &&
      last.view === view &&
      next.papers.every((id) => last.papers.includes(id)) &&
      next.topics.every((id) => last.topics.includes(id)) &&
      (!next.own || last.own);
    if (covered) return;
    asked.current = next;
    setRequest(next);
  }, [registry, view, registered]);

  useQuery({
    queryKey: ["me", request],
    queryFn: request
      ? async ({ signal }) => {
          const { startedAt, done } = registry.ask();
          try {
            const me = await fetchMe(request, signal);
            distribute(queryClient, registry, request, me, startedAt);
            return me;
          } finally {
            done();
          }
        }
      : skipToken,
    staleTime: Infinity,
    gcTime: 0,
    retry: 2,
  });
  return null;
}

async function fetchMe(request: MeRequest, signal: AbortSignal): Promise<MeResponse> {
  const query = new URLSearchParams();
  if (request.papers.length) query.set("papers", request.papers.join(","));
  if (request.topics.length) query.set("topics", request.topics.join(","));
  if (request.own) query.set("own", "1");
  const response = await fetch(`/api/me?${query}`, { signal, credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
  return (await response.json()) as MeResponse;
}

/** Writes an answer into the entries the components read, except where this browser has written since. */
function distribute(client: QueryClient, registry: Registry, request: MeRequest, me: MeResponse, startedAt: number) {
  const set = (key: readonly unknown[], value: unknown) => {
    if (registry.wroteAt(key) >= startedAt) return;
    client.setQueryData(key, value);
  };
  client.setQueryData(personalKeys.viewer, me.viewer);
  const upvoted = new Set("upvoted" in me ? me.upvoted : []);
  const hidden = new Set("hidden" in me ? me.hidden : []);
  const following = new Set("following" in me ? me.following : []);
  for (const id of request.papers) {
    set(personalKeys.upvote(id), { upvoted: upvoted.has(id), count: "counts" in me ? me.counts[id] : undefined });
    set(personalKeys.hidden(id), hidden.has(id));
  }
  for (const id of request.topics) set(personalKeys.follow(id), following.has(id));
  if (request.own) client.setQueryData(personalKeys.ownTopics, "ownTopics" in me ? (me.ownTopics ?? []) : []);
}

/** Marks `key` as written by this browser now (call from a mutation's onMutate). */
export function useLocalWrite() {
  const registry = useRegistry();
  return (key: readonly unknown[]) => registry.write(key);
}

/** Who is signed in: `undefined` until known, then the viewer or null. */
export function useViewer(): Viewer | null | undefined {
  const { data } = useQuery<Viewer | null>({ queryKey: personalKeys.viewer, queryFn: skipToken, staleTime: Infinity });
  return data;
}

/** This reader's vote on a paper, `undefined` until known. Registers the paper for the next request. */
export function usePaperVote(paperId: string) {
  useRegister("papers", paperId);
  return useQuery<PaperVote>({ queryKey: personalKeys.upvote(paperId), queryFn: skipToken, staleTime: Infinity }).data;
}

/** Whether this reader said "Not interested" in a paper, `undefined` until known. */
export function usePaperHidden(paperId: string) {
  useRegister("papers", paperId);
  return useQuery<boolean>({ queryKey: personalKeys.hidden(paperId), queryFn: skipToken, staleTime: Infinity }).data;
}

/** Whether this reader follows a topic, `undefined` until known. */
export function useFollowing(topicId: string) {
  useRegister("topics", topicId);
  return useQuery<boolean>({ queryKey: personalKeys.follow(topicId), queryFn: skipToken, staleTime: Infinity }).data;
}

/** This reader's own (private) topics, `undefined` until known. */
export function useOwnTopics() {
  useRegister("own", "own");
  return useQuery<OwnTopic[]>({ queryKey: personalKeys.ownTopics, queryFn: skipToken, staleTime: Infinity }).data;
}

const NONE = {};

/**
 * For pages rendered per reader (For you, settings): what the server already knows, so the header and the
 * controls need no request of their own.
 */
export function SeedPersonalState({
  viewer,
  votes = NONE,
  following = NONE,
}: {
  viewer: Viewer;
  votes?: Record<string, PaperVote>;
  following?: Record<string, boolean>;
}) {
  const queryClient = useQueryClient();
  const registry = useRegistry();
  // A layout effect: before the loader's effect looks at `registry.seeded`, and not during render (the
  // header, rendered earlier, reads the same entries).
  useLayoutEffect(() => {
    registry.seed({ papers: Object.keys(votes), topics: Object.keys(following) });
    queryClient.setQueryData(personalKeys.viewer, viewer);
    for (const [id, vote] of Object.entries(votes)) {
      queryClient.setQueryData(personalKeys.upvote(id), vote);
      queryClient.setQueryData(personalKeys.hidden(id), false);
    }
    for (const [id, follows] of Object.entries(following)) queryClient.setQueryData(personalKeys.follow(id), follows);
  }, [queryClient, registry, viewer, votes, following]);
  return null;
}

/**
 * For a static shell whose list brings the reader's state with it (For you, via SeedPersonalState): while
 * it is mounted no /api/me request is made. Call it outside any Suspense boundary, so that it is in place
 * before the loader's first look even when the boundaries hydrate one by one.
 */
export function useHoldPersonalState() {
  const registry = useRegistry();
  useLayoutEffect(() => registry.hold(), [registry]);
}
