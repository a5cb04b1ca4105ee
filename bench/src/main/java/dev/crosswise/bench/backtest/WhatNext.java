package dev.crosswise.bench.backtest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Asks Crosswise {@code whatNext} for a member, or as an anonymous visitor for a member the graph does not know. */
final class WhatNext {

    static final String FOR_CUSTOMER = """
            query WhatNext($customerId: ID!, $at: DateTime, $limit: Int) {
              whatNext(customerId: $customerId, at: $at, limit: $limit) { actions { rank product { sku } strategy } }
            }""";
    static final String FOR_VISITOR = """
            query WhatNextForVisitor($at: DateTime, $limit: Int) {
              whatNext(at: $at, limit: $limit) { actions { rank product { sku } strategy } }
            }""";

    /** One proposed action: its rank, the product and the strategy that proposed it. */
    record Action(int rank, String sku, String strategy) {
    }

    /** The actions in rank order; none, with the error, when the call failed. */
    record Answer(List<Action> actions, String error) {
        List<String> skus() {
            return actions.stream().map(Action::sku).toList();
        }
    }

    private final ServiceGraphQl service;

    WhatNext(ServiceGraphQl service) {
        this.service = service;
    }

    /** @param customerId null asks as an anonymous visitor */
    Answer ask(String customerId, Instant at, int limit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("at", at.toString());
        variables.put("limit", limit);
        if (customerId != null) {
            variables.put("customerId", customerId);
        }
        ServiceGraphQl.Answer answer = service.post(customerId == null ? FOR_VISITOR : FOR_CUSTOMER, variables);
        if (answer.failed()) {
            return new Answer(List.of(), answer.error());
        }
        List<Action> actions = new ArrayList<>();
        for (var action : answer.data().path("whatNext").path("actions")) {
            actions.add(new Action(action.path("rank").asInt(), action.path("product").path("sku").asString(null),
                    action.path("strategy").asString(null)));
        }
        return new Answer(List.copyOf(actions), null);
    }
}
