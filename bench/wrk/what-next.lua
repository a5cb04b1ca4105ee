-- whatNext as the bench's loaded step asks it (Benchmark.WHAT_NEXT, the same text: WrkScriptTest keeps them
-- equal): POST /graphql, a JSON body, the admin key in X-API-Key, a customer of the generated graph drawn at random
-- per request, at the graph's reference time. Environment: WRK_API_KEY (required), WRK_CUSTOMERS (the graph's
-- customers, ids C-000000 ... ; default 100000).
local query = "query WhatNext($id: ID!, $at: DateTime) { whatNext(customerId: $id, at: $at, limit: 5) { id rulesVersion actions { rank product { sku name price } strategy moment channel score message reasons { rule kind text path } } suppressed { product { sku } strategy rule reason } } }"
local at = "2026-11-20T12:00:00Z"
local customers = tonumber(os.getenv("WRK_CUSTOMERS") or "100000")
local api_key = os.getenv("WRK_API_KEY") or error("WRK_API_KEY is not set")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-API-Key"] = api_key

-- every thread its own seed, so that threads do not ask for the same customers in step
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  failures = 0
  first_failure = nil
end

function request()
  local customer = string.format("C-%06d", math.random(0, customers - 1))
  return wrk.format(nil, nil, nil,
    '{"query":"' .. query .. '","variables":{"id":"' .. customer .. '","at":"' .. at .. '"}}')
end

-- as the bench counts them: an answer that is not a 200 with whatNext's data, or that holds errors, failed
function response(status, headers, body)
  if status ~= 200 or body:find('{"data":{"whatNext"', 1, true) ~= 1 or body:find('"errors"', 1, true) then
    failures = failures + 1
    if first_failure == nil then
      first_failure = status .. " " .. body:sub(1, 200)
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  local example = nil
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    example = example or thread:get("first_failure")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("whatNext (wrk, %s connections): %d calls in %.1f s = %.1f/s, failed %d (+ %d socket errors)\n",
    os.getenv("WRK_CONNECTIONS") or "?", summary.requests, seconds, summary.requests / seconds, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
  io.write(string.format("  latency ms: p50 %.2f  p95 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000))
  if example then
    io.write("  first failure: " .. example .. "\n")
  end
end
