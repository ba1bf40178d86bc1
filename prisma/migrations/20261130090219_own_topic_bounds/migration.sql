-- Hand-written (schema.prisma has no syntax for CHECK): what one private topic may hold, enforced by the
-- database as well as by lib/validations/topics.ts (which is stricter, and says why to the person). The
-- tsquery's node count bounds the work of matching it however its words are joined. Curated topics
-- (owner_id NULL) come from the catalogue in the code and are not bound by it.
-- NOT VALID: a topic saved before these limits keeps working; the limits apply when it is next edited.
ALTER TABLE "topics" ADD CONSTRAINT "topics_own_topic_bounds" CHECK (
  "owner_id" IS NULL OR (
    char_length("name") <= 60
    AND char_length("query") <= 200
    AND numnode(websearch_to_tsquery('english'::regconfig, "query")) <= 64
    AND "description" = ''
    AND cardinality("categories") = 0
  )
) NOT VALID;
