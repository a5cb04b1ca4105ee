// Demo customers: each history makes one strategy, moment or guardrail visible.
// The demo "now" is Friday 2026-11-20; ask with `at` around it (see the README).
// Consents are per channel; optedOut silences every channel; timeZone drives quiet hours.

UNWIND [
  {id: 'C-ADA', name: 'Ada Lovelace', tier: 'SILVER', points: 1450, spend: 1380.0, email: true, sms: false, mobile: true, direct: false, tz: 'Europe/London', joined: '2024-03-02T10:00:00Z'},
  {id: 'C-GRACE', name: 'Grace Hopper', tier: 'GOLD', points: 3900, spend: 3120.0, email: true, sms: true, mobile: true, direct: true, tz: 'America/New_York', joined: '2022-06-14T10:00:00Z'},
  {id: 'C-ALAN', name: 'Alan Turing', tier: 'BRONZE', points: 320, spend: 290.0, email: true, sms: false, mobile: true, direct: false, tz: 'Europe/London', joined: '2026-05-20T10:00:00Z'},
  {id: 'C-KATHERINE', name: 'Katherine Johnson', tier: 'BRONZE', points: 80, spend: 79.0, email: true, sms: false, mobile: false, direct: false, tz: 'America/New_York', joined: '2026-11-18T10:00:00Z'},
  {id: 'C-MARGARET', name: 'Margaret Hamilton', tier: 'SILVER', points: 1100, spend: 1040.0, email: true, sms: true, mobile: true, direct: false, tz: 'America/Chicago', joined: '2023-01-10T10:00:00Z'},
  {id: 'C-LINUS', name: 'Linus Pauling', tier: 'BRONZE', points: 140, spend: 129.0, email: true, sms: false, mobile: true, direct: false, tz: 'Europe/Paris', joined: '2025-09-01T10:00:00Z'},
  {id: 'C-BARBARA', name: 'Barbara Liskov', tier: 'GOLD', points: 2600, spend: 2050.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/New_York', joined: '2021-04-22T10:00:00Z'},
  {id: 'C-DONALD', name: 'Donald Knuth', tier: 'SILVER', points: 900, spend: 860.0, email: true, sms: false, mobile: false, direct: false, tz: 'America/Los_Angeles', joined: '2020-02-02T10:00:00Z', children: [2019]},
  {id: 'C-EDSGER', name: 'Edsger Dijkstra', tier: 'SILVER', points: 700, spend: 650.0, email: true, sms: false, mobile: false, direct: false, tz: 'Europe/Amsterdam', joined: '2019-11-30T10:00:00Z'},
  {id: 'C-FRAN', name: 'Frances Allen', tier: 'GOLD', points: 2800, spend: 2400.0, email: true, sms: true, mobile: true, direct: true, optedOut: true, tz: 'America/New_York', joined: '2018-05-05T10:00:00Z'},
  {id: 'C-HEDY', name: 'Hedy Lamarr', tier: 'BRONZE', points: 260, spend: 238.0, email: false, sms: true, mobile: true, direct: false, tz: 'Europe/Berlin', joined: '2025-12-01T10:00:00Z'},
  {id: 'C-JOHN', name: 'John Backus', tier: 'BRONZE', points: 95, spend: 89.0, email: true, sms: false, mobile: false, direct: false, tz: 'America/New_York', joined: '2026-02-11T10:00:00Z'},
  {id: 'C-RADIA', name: 'Radia Perlman', tier: 'GOLD', points: 3100, spend: 2950.0, email: true, sms: false, mobile: true, direct: true, tz: 'America/Denver', joined: '2020-08-19T10:00:00Z'},
  {id: 'C-TIM', name: 'Tim Berners-Lee', tier: 'PLATINUM', points: 9100, spend: 8400.0, email: true, sms: false, mobile: true, direct: true, tz: 'Europe/London', joined: '2017-03-12T10:00:00Z'},
  {id: 'C-SOPHIE', name: 'Sophie Wilson', tier: 'SILVER', points: 820, spend: 760.0, email: true, sms: false, mobile: true, direct: false, tz: 'Europe/London', joined: '2023-07-07T10:00:00Z'},
  {id: 'C-KAREN', name: 'Karen Sparck Jones', tier: 'BRONZE', points: 0, spend: 0.0, email: true, sms: false, mobile: false, direct: false, tz: 'Europe/London', joined: '2026-11-19T10:00:00Z'},
  {id: 'C-DENNIS', name: 'Dennis Ritchie', tier: 'BRONZE', points: 310, spend: 306.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/New_York', joined: '2024-10-10T10:00:00Z'},
  {id: 'C-KEN', name: 'Ken Thompson', tier: 'BRONZE', points: 210, spend: 208.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/New_York', joined: '2024-10-11T10:00:00Z'},
  {id: 'C-BJARNE', name: 'Bjarne Stroustrup', tier: 'BRONZE', points: 240, spend: 226.0, email: true, sms: false, mobile: false, direct: false, tz: 'Europe/Copenhagen', joined: '2025-01-15T10:00:00Z'},
  {id: 'C-GUIDO', name: 'Guido van Rossum', tier: 'BRONZE', points: 180, spend: 178.0, email: true, sms: false, mobile: false, direct: false, tz: 'Europe/Amsterdam', joined: '2025-02-20T10:00:00Z'},
  {id: 'C-JAMES', name: 'James Gosling', tier: 'SILVER', points: 1020, spend: 980.0, email: true, sms: false, mobile: true, direct: false, tz: 'America/Vancouver', joined: '2022-03-03T10:00:00Z'},
  {id: 'C-ANDERS', name: 'Anders Hejlsberg', tier: 'BRONZE', points: 150, spend: 148.0, email: true, sms: false, mobile: false, direct: false, tz: 'Europe/Copenhagen', joined: '2025-06-06T10:00:00Z'},
  {id: 'C-YUKIHIRO', name: 'Yukihiro Matsumoto', tier: 'BRONZE', points: 120, spend: 118.0, email: true, sms: false, mobile: true, direct: false, tz: 'Asia/Tokyo', joined: '2025-07-07T10:00:00Z'},
  {id: 'C-ROB', name: 'Rob Pike', tier: 'BRONZE', points: 160, spend: 158.0, email: true, sms: false, mobile: false, direct: false, tz: 'America/Los_Angeles', joined: '2025-08-08T10:00:00Z'}
] AS row
MERGE (c:Customer {id: row.id})
SET c.name = row.name,
    c.tier = row.tier,
    c.points = row.points,
    c.spend = row.spend,
    c.consentEmail = row.email,
    c.consentSms = row.sms,
    c.consentMobile = row.mobile,
    c.consentDirect = row.direct,
    c.optedOut = coalesce(row.optedOut, false),
    c.timeZone = row.tz,
    c.joinedAt = datetime(row.joined),
    c.childBirthYears = coalesce(row.children, []);

// Purchase history: each line is a PURCHASE event and the OWNS edge it produced.
UNWIND [
  {c: 'C-ADA', sku: 'W-SHT-WHITE', at: '2026-10-02T12:00:00Z', order: 'O-1001'},
  {c: 'C-ADA', sku: 'W-BLZ-NAVY', at: '2026-11-19T10:00:00Z', order: 'O-1002'},
  {c: 'C-GRACE', sku: 'L-STARTER', at: '2026-08-12T18:00:00Z', order: 'O-2001'},
  {c: 'C-GRACE', sku: 'L-STRIP', at: '2026-09-30T18:00:00Z', order: 'O-2002'},
  {c: 'C-GRACE', sku: 'K-GIFT-SET', at: '2025-12-12T18:00:00Z', order: 'O-2003', gift: true},
  {c: 'C-ALAN', sku: 'R-SHOE-START', at: '2026-06-01T09:00:00Z', order: 'O-3001', usage: 82.0},
  {c: 'C-ALAN', sku: 'R-SOCK-PACK', at: '2026-06-01T09:00:00Z', order: 'O-3001'},
  {c: 'C-ALAN', sku: 'R-WATCH-BASIC', at: '2026-07-15T09:00:00Z', order: 'O-3002', usage: 40.0},
  {c: 'C-KATHERINE', sku: 'R-SHOE-START', at: '2026-11-18T16:00:00Z', order: 'O-4001'},
  {c: 'C-MARGARET', sku: 'W-SHT-WHITE', at: '2025-09-10T12:00:00Z', order: 'O-5001'},
  {c: 'C-MARGARET', sku: 'W-TRS-GREY', at: '2025-09-10T12:00:00Z', order: 'O-5001'},
  {c: 'C-LINUS', sku: 'L-STARTER', at: '2025-10-01T12:00:00Z', order: 'O-6001'},
  {c: 'C-BARBARA', sku: 'K-CLEANSER', at: '2026-10-20T12:00:00Z', order: 'O-7001'},
  {c: 'C-BARBARA', sku: 'K-SERUM', at: '2026-10-20T12:00:00Z', order: 'O-7001'},
  {c: 'C-BARBARA', sku: 'K-MOIST', at: '2026-11-17T12:00:00Z', order: 'O-7002'},
  {c: 'C-DONALD', sku: 'C-SHOE-28', at: '2025-03-08T12:00:00Z', order: 'O-8001'},
  {c: 'C-DONALD', sku: 'C-BIKE-16', at: '2024-05-08T12:00:00Z', order: 'O-8002'},
  {c: 'C-EDSGER', sku: 'K-GIFT-SET', at: '2025-12-10T12:00:00Z', order: 'O-9001', gift: true},
  {c: 'C-EDSGER', sku: 'G-CARD-50', at: '2025-12-10T12:00:00Z', order: 'O-9001', gift: true},
  {c: 'C-FRAN', sku: 'L-STARTER', at: '2026-11-19T12:00:00Z', order: 'O-1101'},
  {c: 'C-HEDY', sku: 'L-STARTER', at: '2026-11-19T20:00:00Z', order: 'O-1201'},
  {c: 'C-JOHN', sku: 'W-SNK-WHITE', at: '2026-03-01T12:00:00Z', order: 'O-1301'},
  {c: 'C-RADIA', sku: 'H-CHAIR', at: '2026-11-01T12:00:00Z', order: 'O-1401', usage: 30.0},
  {c: 'C-RADIA', sku: 'H-DESK', at: '2026-11-19T12:00:00Z', order: 'O-1402'},
  {c: 'C-TIM', sku: 'W-BLZ-NAVY', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-TIM', sku: 'W-TRS-GREY', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-TIM', sku: 'W-SHT-WHITE', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-TIM', sku: 'W-SHO-OXF', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-TIM', sku: 'W-TIE-SILK', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-TIM', sku: 'W-BLT-LEATHER', at: '2025-02-01T12:00:00Z', order: 'O-1501'},
  {c: 'C-SOPHIE', sku: 'K-CLEANSER', at: '2026-09-01T12:00:00Z', order: 'O-1601'},
  {c: 'C-SOPHIE', sku: 'K-TONER', at: '2026-09-01T12:00:00Z', order: 'O-1601'},
  // co-purchases that make "frequently bought together" visible
  {c: 'C-DENNIS', sku: 'R-SHOE-TEMPO', at: '2026-04-02T12:00:00Z', order: 'O-1701'},
  {c: 'C-DENNIS', sku: 'R-GEL-BOX', at: '2026-04-02T12:00:00Z', order: 'O-1701'},
  {c: 'C-DENNIS', sku: 'R-HRM-STRAP', at: '2026-04-02T12:00:00Z', order: 'O-1701'},
  {c: 'C-KEN', sku: 'R-SHOE-TEMPO', at: '2026-05-02T12:00:00Z', order: 'O-1801'},
  {c: 'C-KEN', sku: 'R-GEL-BOX', at: '2026-05-02T12:00:00Z', order: 'O-1801'},
  {c: 'C-BJARNE', sku: 'W-JNS-SELV', at: '2026-06-02T12:00:00Z', order: 'O-1901'},
  {c: 'C-BJARNE', sku: 'W-TEE-PIMA', at: '2026-06-02T12:00:00Z', order: 'O-1901'},
  {c: 'C-BJARNE', sku: 'W-SNK-WHITE', at: '2026-06-02T12:00:00Z', order: 'O-1901'},
  {c: 'C-GUIDO', sku: 'W-JNS-SELV', at: '2026-07-02T12:00:00Z', order: 'O-2101'},
  {c: 'C-GUIDO', sku: 'W-TEE-PIMA', at: '2026-07-02T12:00:00Z', order: 'O-2101'},
  {c: 'C-JAMES', sku: 'W-JNS-SELV', at: '2026-08-02T12:00:00Z', order: 'O-2201'},
  {c: 'C-JAMES', sku: 'W-TEE-PIMA', at: '2026-08-02T12:00:00Z', order: 'O-2201'},
  {c: 'C-JAMES', sku: 'W-JKT-CHORE', at: '2026-08-02T12:00:00Z', order: 'O-2201'},
  {c: 'C-ANDERS', sku: 'L-STRIP', at: '2026-03-02T12:00:00Z', order: 'O-2301'},
  {c: 'C-ANDERS', sku: 'L-DIMMER', at: '2026-03-02T12:00:00Z', order: 'O-2301'},
  {c: 'C-YUKIHIRO', sku: 'L-STRIP', at: '2026-04-12T12:00:00Z', order: 'O-2401'},
  {c: 'C-YUKIHIRO', sku: 'L-DIMMER', at: '2026-04-12T12:00:00Z', order: 'O-2401'},
  {c: 'C-ROB', sku: 'K-SERUM', at: '2026-02-02T12:00:00Z', order: 'O-2501'},
  {c: 'C-ROB', sku: 'K-SPF', at: '2026-02-02T12:00:00Z', order: 'O-2501'}
] AS row
MATCH (c:Customer {id: row.c}), (p:Product {sku: row.sku})
MERGE (e:Event {id: 'seed-' + row.order + '-' + row.sku})
SET e.type = 'PURCHASE', e.at = datetime(row.at), e.sku = row.sku, e.orderId = row.order,
    e.quantity = 1, e.price = p.price, e.gift = coalesce(row.gift, false)
MERGE (c)-[:DID]->(e)
MERGE (e)-[:ABOUT]->(p)
MERGE (c)-[o:OWNS]->(p)
SET o.at = datetime(row.at), o.orderId = row.order, o.quantity = 1, o.price = p.price,
    o.gift = coalesce(row.gift, false), o.usagePercent = row.usage, o.returned = false;

// Other signals: visits, views, carts, support, usage and tier changes.
UNWIND [
  {id: 'seed-ev-01', c: 'C-MARGARET', type: 'CART_ADD', sku: 'W-BLZ-NAVY', at: '2026-11-20T08:00:00Z'},
  {id: 'seed-ev-02', c: 'C-LINUS', type: 'VIEW', sku: 'L-OUTDOOR', at: '2026-11-18T19:00:00Z'},
  {id: 'seed-ev-03', c: 'C-LINUS', type: 'VIEW', sku: 'L-OUTDOOR', at: '2026-11-19T19:30:00Z'},
  {id: 'seed-ev-04', c: 'C-LINUS', type: 'VIEW', sku: 'L-OUTDOOR', at: '2026-11-20T07:45:00Z'},
  {id: 'seed-ev-05', c: 'C-GRACE', type: 'SUPPORT_OPENED', caseId: 'CASE-77', at: '2026-11-18T15:00:00Z'},
  {id: 'seed-ev-06', c: 'C-GRACE', type: 'SUPPORT_RESOLVED', caseId: 'CASE-77', satisfaction: 5, at: '2026-11-19T15:00:00Z'},
  {id: 'seed-ev-07', c: 'C-BARBARA', type: 'TIER_CHANGED', tier: 'GOLD', at: '2026-11-18T09:00:00Z'},
  {id: 'seed-ev-08', c: 'C-JOHN', type: 'VISIT', at: '2026-11-17T18:00:00Z'},
  {id: 'seed-ev-09', c: 'C-JOHN', type: 'VIEW', sku: 'R-SHOE-START', at: '2026-11-17T18:05:00Z'},
  {id: 'seed-ev-10', c: 'C-JOHN', type: 'VISIT', at: '2026-11-20T08:00:00Z'},
  {id: 'seed-ev-11', c: 'C-JOHN', type: 'VIEW', sku: 'R-SHOE-TEMPO', at: '2026-11-20T08:03:00Z'},
  {id: 'seed-ev-12', c: 'C-ALAN', type: 'USAGE', sku: 'R-SHOE-START', usagePercent: 82.0, at: '2026-11-19T07:00:00Z'}
] AS row
MATCH (c:Customer {id: row.c})
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.at = datetime(row.at), e.sku = row.sku, e.caseId = row.caseId,
    e.satisfaction = row.satisfaction, e.tier = row.tier, e.usagePercent = row.usagePercent
MERGE (c)-[:DID]->(e)
WITH e, row WHERE row.sku IS NOT NULL
MATCH (p:Product {sku: row.sku})
MERGE (e)-[:ABOUT]->(p);
