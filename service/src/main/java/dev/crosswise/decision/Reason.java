package dev.crosswise.decision;

import java.util.List;

/** Why an action is there. {@code path} is set for candidates: the graph path, as "Label:id" node by node. */
public record Reason(String rule, ReasonKind kind, String text, List<String> path) {

    public static Reason of(String rule, ReasonKind kind, String text) {
        return new Reason(rule, kind, text, null);
    }
}
