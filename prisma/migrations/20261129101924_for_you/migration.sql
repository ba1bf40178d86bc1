-- AlterTable
ALTER TABLE "users" ADD COLUMN     "feed_token_hash" VARCHAR(64);

-- CreateTable
CREATE TABLE "hidden_papers" (
    "user_id" VARCHAR(32) NOT NULL,
    "paper_id" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hidden_papers_pkey" PRIMARY KEY ("user_id","paper_id")
);

-- CreateIndex
CREATE INDEX "hidden_papers_paper_id_idx" ON "hidden_papers"("paper_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_feed_token_hash_key" ON "users"("feed_token_hash");

-- AddForeignKey
ALTER TABLE "hidden_papers" ADD CONSTRAINT "hidden_papers_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hidden_papers" ADD CONSTRAINT "hidden_papers_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
