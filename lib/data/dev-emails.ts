// The development mailbox: mail "sent" while SMTP_URL is unset. Never used in production builds.
import "server-only";
import { db } from "@/lib/db";

export function listDevEmails() {
  return db.devEmail.findMany({
    select: { id: true, to: true, subject: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}

export function getDevEmail(id: string) {
  return db.devEmail.findUnique({ where: { id } });
}
