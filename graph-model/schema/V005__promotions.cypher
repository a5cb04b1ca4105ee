// Promotions merchandisers manage (Mutation.upsertPromotion): MERGE on the id keeps an upsert idempotent.
CREATE CONSTRAINT promotion_id IF NOT EXISTS FOR (p:Promotion) REQUIRE p.id IS UNIQUE;
// A promotion's budget counts the recorded offers that carried it: the OFFERED edges naming it.
CREATE INDEX offered_promotion IF NOT EXISTS FOR ()-[o:OFFERED]-() ON (o.promotion);
