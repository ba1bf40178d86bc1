-- Hand-written: Prisma has no syntax for functions, and no column or constraint changes here.
-- A vote in one round trip. Since the upvote_count_triggers migration, triggers on "upvotes" move
-- papers.upvote_count, and the statement that fires them cannot see what they wrote: the vote took two
-- statements from the app (the row, then the count). Inside this function the count is read by a later
-- statement, after the trigger ran under the paper's row lock, so it is exact, in one call.
-- Returns the paper's count after the change, or NULL when there is no such paper.
CREATE FUNCTION "paperboy_set_upvote"(p_user VARCHAR, p_paper VARCHAR, p_on BOOLEAN) RETURNS INTEGER
    LANGUAGE plpgsql AS $$
DECLARE
    n INTEGER;
BEGIN
    IF p_on THEN
        INSERT INTO "upvotes" ("user_id", "paper_id")
        SELECT p_user, "id" FROM "papers" WHERE "id" = p_paper
        ON CONFLICT DO NOTHING;
    ELSE
        DELETE FROM "upvotes" WHERE "user_id" = p_user AND "paper_id" = p_paper;
    END IF;
    SELECT "upvote_count" INTO n FROM "papers" WHERE "id" = p_paper;
    RETURN n;
END;
$$;
