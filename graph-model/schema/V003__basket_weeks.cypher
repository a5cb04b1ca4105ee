// The shop's baskets per week, derived from orders by recomputeCoPurchases (one node, MERGEd on its id).
CREATE CONSTRAINT basket_weeks_id IF NOT EXISTS FOR (w:BasketWeeks) REQUIRE w.id IS UNIQUE;
