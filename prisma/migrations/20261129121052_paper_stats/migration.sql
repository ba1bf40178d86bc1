-- CreateTable
CREATE TABLE "paper_stats" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "papers" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "paper_stats_pkey" PRIMARY KEY ("id")
);

-- Hand-edited from here: Prisma has no syntax for check constraints or triggers.
-- One row only, holding the number of rows in "papers". Statement-level triggers with transition tables
-- move it by the rows each INSERT or DELETE statement changed (a 1,000-paper ingest batch is one
-- update), TRUNCATE sets it to 0. The UPDATE locks the row until the writing transaction ends, so the
-- count is exact however writers interleave; writers of papers are the ingest, the seed and tests.
ALTER TABLE "paper_stats" ADD CONSTRAINT "paper_stats_one_row" CHECK ("id");
INSERT INTO "paper_stats" ("id", "papers") SELECT true, count(*) FROM "papers";

CREATE FUNCTION "paperboy_count_papers"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE "paper_stats" SET "papers" = "papers" + (SELECT count(*) FROM inserted) WHERE "id";
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE "paper_stats" SET "papers" = "papers" - (SELECT count(*) FROM deleted) WHERE "id";
    ELSE
        UPDATE "paper_stats" SET "papers" = 0 WHERE "id";
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "papers_count_inserted" AFTER INSERT ON "papers"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_papers"();
CREATE TRIGGER "papers_count_deleted" AFTER DELETE ON "papers"
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_papers"();
CREATE TRIGGER "papers_count_truncated" AFTER TRUNCATE ON "papers"
    FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_papers"();
