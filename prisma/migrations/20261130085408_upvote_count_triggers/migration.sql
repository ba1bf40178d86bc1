-- Hand-written: Prisma has no syntax for triggers, and no column or constraint changes here.
-- papers.upvote_count was moved by the vote statement itself (lib/votes/set-upvote.ts), so votes that
-- went any other way — an account deleted, its votes going by cascade — left counts (and hot_score,
-- generated from them) too high until the nightly recount. Now triggers on "upvotes" are the one
-- mechanism: every INSERT or DELETE statement, the app's or a cascade's, moves each paper's count by the
-- rows it changed for that paper, in the same transaction; TRUNCATE sets every count to 0.
-- Statement-level with transition tables, so deleting an account with 1,000 votes is one UPDATE. The
-- paper rows are locked in id order first: two such statements (or one and the recount, which locks in
-- id order too) then wait for each other instead of deadlocking. Rows whose paper_id is UPDATEd are not
-- counted: ids never change (and a cascaded papers.id change carries its count along with the row).
CREATE FUNCTION "paperboy_count_upvotes"() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM FROM "papers" WHERE "id" IN (SELECT "paper_id" FROM inserted) ORDER BY "id" FOR NO KEY UPDATE;
        UPDATE "papers" p SET "upvote_count" = p."upvote_count" + c.n
        FROM (SELECT "paper_id", count(*)::int AS n FROM inserted GROUP BY "paper_id") c
        WHERE p."id" = c."paper_id";
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM FROM "papers" WHERE "id" IN (SELECT "paper_id" FROM deleted) ORDER BY "id" FOR NO KEY UPDATE;
        UPDATE "papers" p SET "upvote_count" = p."upvote_count" - c.n
        FROM (SELECT "paper_id", count(*)::int AS n FROM deleted GROUP BY "paper_id") c
        WHERE p."id" = c."paper_id";
    ELSE
        UPDATE "papers" SET "upvote_count" = 0 WHERE "upvote_count" <> 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "upvotes_count_inserted" AFTER INSERT ON "upvotes"
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_upvotes"();
CREATE TRIGGER "upvotes_count_deleted" AFTER DELETE ON "upvotes"
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_upvotes"();
CREATE TRIGGER "upvotes_count_truncated" AFTER TRUNCATE ON "upvotes"
    FOR EACH STATEMENT EXECUTE FUNCTION "paperboy_count_upvotes"();
