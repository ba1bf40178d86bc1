-- CreateIndex
CREATE INDEX "rate_limit_hits_at_idx" ON "rate_limit_hits"("at");
