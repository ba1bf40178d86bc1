-- CreateEnum
CREATE TYPE "digest_frequency" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "digest_status" AS ENUM ('queued', 'sending', 'sent', 'skipped', 'failed');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "digest_enabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "digest_frequency" "digest_frequency" NOT NULL DEFAULT 'daily',
ADD COLUMN     "digest_hour" SMALLINT NOT NULL DEFAULT 8,
ADD COLUMN     "digest_size" SMALLINT NOT NULL DEFAULT 10,
ADD COLUMN     "digest_suppressed_at" TIMESTAMPTZ(3),
ADD COLUMN     "digest_suppressed_reason" VARCHAR(500),
ADD COLUMN     "digest_weekday" SMALLINT NOT NULL DEFAULT 1,
ADD COLUMN     "time_zone" VARCHAR(64);

-- CreateTable
CREATE TABLE "digests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" VARCHAR(32) NOT NULL,
    "local_date" DATE NOT NULL,
    "frequency" "digest_frequency" NOT NULL,
    "status" "digest_status" NOT NULL DEFAULT 'queued',
    "retry_until" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "subject" VARCHAR(300),
    "message_id" VARCHAR(300),
    "error" VARCHAR(1000),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "digests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_papers" (
    "user_id" VARCHAR(32) NOT NULL,
    "paper_id" VARCHAR(32) NOT NULL,
    "digest_id" UUID NOT NULL,
    "position" SMALLINT NOT NULL,
    "reasons" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "digest_papers_pkey" PRIMARY KEY ("user_id","paper_id")
);

-- CreateTable
CREATE TABLE "digest_signups" (
    "token_hash" VARCHAR(64) NOT NULL,
    "email" CITEXT NOT NULL,
    "time_zone" VARCHAR(64),
    "expires" TIMESTAMPTZ(3) NOT NULL,
    "verified_at" TIMESTAMPTZ(3),

    CONSTRAINT "digest_signups_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "digests_user_id_created_at_idx" ON "digests"("user_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "digests_status_updated_at_idx" ON "digests"("status", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "digests_user_id_local_date_key" ON "digests"("user_id", "local_date");

-- CreateIndex
CREATE INDEX "digest_papers_paper_id_idx" ON "digest_papers"("paper_id");

-- CreateIndex
CREATE UNIQUE INDEX "digest_papers_digest_id_position_key" ON "digest_papers"("digest_id", "position");

-- CreateIndex
CREATE INDEX "digest_signups_email_idx" ON "digest_signups"("email");

-- CreateIndex
CREATE INDEX "digest_signups_expires_idx" ON "digest_signups"("expires");

-- CreateIndex
CREATE INDEX "users_digest_enabled_idx" ON "users"("digest_enabled");

-- AddForeignKey
ALTER TABLE "digests" ADD CONSTRAINT "digests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_papers" ADD CONSTRAINT "digest_papers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_papers" ADD CONSTRAINT "digest_papers_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_papers" ADD CONSTRAINT "digest_papers_digest_id_fkey" FOREIGN KEY ("digest_id") REFERENCES "digests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (schema.prisma has no syntax for CHECK): the preferences' ranges, enforced by the database
-- as well as by lib/validations/digest.ts.
ALTER TABLE "users" ADD CONSTRAINT "users_digest_hour_range" CHECK ("digest_hour" BETWEEN 0 AND 23);
ALTER TABLE "users" ADD CONSTRAINT "users_digest_weekday_range" CHECK ("digest_weekday" BETWEEN 1 AND 7);
ALTER TABLE "users" ADD CONSTRAINT "users_digest_size_range" CHECK ("digest_size" BETWEEN 5 AND 30);
