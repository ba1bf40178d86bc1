-- AlterTable
ALTER TABLE "papers" ADD COLUMN     "arxiv_version" INTEGER,
ADD COLUMN     "author_affiliations" JSONB,
ADD COLUMN     "comment" TEXT,
ADD COLUMN     "doi" TEXT,
ADD COLUMN     "github_repo" TEXT,
ADD COLUMN     "hf_upvotes" INTEGER,
ADD COLUMN     "journal_ref" TEXT,
ADD COLUMN     "keywords" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "primary_category" VARCHAR(64),
ADD COLUMN     "revised_at" TIMESTAMPTZ(3),
-- Hand-edited: Prisma has no syntax for generated columns (schema.prisma declares it Unsupported).
ADD COLUMN     "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("abstract", '')), 'B')
) STORED,
ADD COLUMN     "thumbnail_url" TEXT;

-- CreateTable
CREATE TABLE "topics" (
    "id" VARCHAR(32) NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(80) NOT NULL,
    "description" VARCHAR(500) NOT NULL DEFAULT '',
    "query" VARCHAR(500) NOT NULL,
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "owner_id" VARCHAR(32),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "paper_topics" (
    "paper_id" VARCHAR(32) NOT NULL,
    "topic_id" VARCHAR(32) NOT NULL,

    CONSTRAINT "paper_topics_pkey" PRIMARY KEY ("topic_id","paper_id")
);

-- CreateTable
CREATE TABLE "topic_follows" (
    "user_id" VARCHAR(32) NOT NULL,
    "topic_id" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_follows_pkey" PRIMARY KEY ("user_id","topic_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "topics_slug_key" ON "topics"("slug");

-- CreateIndex
CREATE INDEX "topics_owner_id_idx" ON "topics"("owner_id");

-- CreateIndex
CREATE INDEX "paper_topics_paper_id_idx" ON "paper_topics"("paper_id");

-- CreateIndex
CREATE INDEX "topic_follows_topic_id_idx" ON "topic_follows"("topic_id");

-- CreateIndex
CREATE INDEX "papers_search_idx" ON "papers" USING GIN ("search");

-- AddForeignKey
ALTER TABLE "topics" ADD CONSTRAINT "topics_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper_topics" ADD CONSTRAINT "paper_topics_paper_id_fkey" FOREIGN KEY ("paper_id") REFERENCES "papers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "paper_topics" ADD CONSTRAINT "paper_topics_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_follows" ADD CONSTRAINT "topic_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_follows" ADD CONSTRAINT "topic_follows_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;
