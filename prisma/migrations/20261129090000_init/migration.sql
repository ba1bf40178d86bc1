-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "papers" (
    "id" VARCHAR(32) NOT NULL,
    "arxiv_id" VARCHAR(64),
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL,
    "authors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "published_at" TIMESTAMPTZ(3),
    "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "abs_url" TEXT,
    "pdf_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "papers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "papers_arxiv_id_key" ON "papers"("arxiv_id");

-- CreateIndex
CREATE INDEX "papers_published_at_id_idx" ON "papers"("published_at" DESC, "id");

-- CreateIndex
CREATE INDEX "papers_created_at_id_idx" ON "papers"("created_at" DESC, "id");

