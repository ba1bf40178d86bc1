import { afterAll, describe, expect, it } from "vitest";
import { startSmtpSink } from "@/lib/testing/smtp-sink";

// lib/env.ts reads the environment once, when first imported: set it up before anything loads it.
const SECRET = "a-cron-secret-for-this-test-only";
const sink = await startSmtpSink();
Object.assign(process.env, { CRON_SECRET: SECRET, SMTP_URL: sink.url, APP_URL: "https://paperboy.example" });
const { GET } = await import("@/app/api/cron/digest/route");
const { db } = await import("@/lib/db");
const { newPaperId } = await import("@/lib/papers/paper-id");
const { createReader } = await import("@/lib/testing/readers");

afterAll(() => sink.close());

const call = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/digest", { headers: authorization ? { authorization } : {} }));

describe("GET /api/cron/digest", () => {
  it("refuses a missing, wrong or `Bearer undefined` secret and sends nothing", async () => {
    await createReader(db);
    await db.paper.create({ data: { id: newPaperId(), title: "Something to send", abstract: "x" } });
    for (const header of [undefined, "Bearer wrong-secret", "Bearer undefined", `Basic ${SECRET}`, "Bearer "]) {
      expect((await call(header)).status).toBe(401);
    }
    expect(await db.digest.count()).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it("sends what is due and answers what it did", async () => {
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ due: 1, enqueued: 1, sent: 1, skipped: 0, failed: 0, left: 0 });
    expect(sink.messages).toHaveLength(1);
  });

  it("keeps paper text as text: a title with markup and a line break adds no header and no element", async () => {
    const reader = await createReader(db, { size: 5 });
    await db.hiddenPaper.createMany({
      data: (await db.paper.findMany({ select: { id: true } })).map((p) => ({ userId: reader.id, paperId: p.id })),
    });
    const title = '<script>alert("x")</script>\r\nBcc: victim@example.com\r\nX-Evil: 1';
    await db.paper.create({
      data: { id: newPaperId(), title, abstract: "<img src=x onerror=alert(1)> & more", authors: ["<b>Eve</b>"] },
    });
    await call(`Bearer ${SECRET}`);
    const message = sink.messages.find((m) => m.to.includes(reader.email!));
    expect(message).toBeDefined();
    expect(message!.subject).toContain('<script>alert("x")</script> Bcc: victim@example.com X-Evil: 1');
    expect(message!.subject).not.toMatch(/[\r\n]/);
    expect(message!.headers["x-evil"]).toBeUndefined();
    expect(message!.headers.bcc).toBeUndefined();
    expect(message!.to).toEqual([reader.email]);
    expect(message!.html).not.toContain("<script>");
    expect(message!.html).not.toContain("<img");
    expect(message!.html).not.toContain("<b>Eve");
    expect(message!.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(message!.text).toContain('<script>alert("x")</script> Bcc: victim@example.com');
  });
});
