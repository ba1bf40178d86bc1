-- Hand-edited: Prisma has no syntax for generated columns (schema.prisma declares hot_score as a plain
-- nullable Float). The score is lib/ranking/hot.ts's formula; its tests check the two agree.
-- extract(epoch FROM timestamptz) does not depend on the time zone, but PostgreSQL marks extract() as
-- only stable, so this wrapper states the immutability a generated column needs.
CREATE FUNCTION "paperboy_epoch"(timestamptz) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN extract(epoch FROM $1)::double precision;

-- AlterTable
ALTER TABLE "papers" ADD COLUMN     "upvote_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "papers" ADD COLUMN     "hot_score" DOUBLE PRECISION GENERATED ALWAYS AS (
    log(greatest("upvote_count", 0) + 1) + ("paperboy_epoch"(coalesce("published_at", "created_at")) - 1700000000) / 45000
) STORED;

-- CreateTable
CREATE TABLE "upvotes" (
    "user_id" VARCHAR(32) NOT NULL,
    "paper_id" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "upvotes_pkey" PRIMARY KEY ("user_id","paper_id")
);

-- CreateIndex
CREATE INDEX "upvotes_paper_id_idx" ON "upvotes"("paper_id");

-- CreateIndex
CREATE INDEX "upvotes_created_at_idx" ON "upvotes"("created_at");

-- CreateIndex
CREATE INDEX "papers_hot_score_id_idx" ON "papers"("hot_score" DESC, "id");

-- AddForeignKey
ALTER TABLE "upvotes" ADD CONSTRAINT "upvotes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "upvotes" ADD CONSTRAINT "upvotes_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
