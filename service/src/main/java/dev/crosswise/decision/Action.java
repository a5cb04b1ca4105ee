package dev.crosswise.decision;

import dev.crosswise.catalog.Product;
import dev.crosswise.rules.facts.Channel;
import dev.crosswise.rules.facts.Moment;
import dev.crosswise.rules.facts.Strategy;
import java.util.List;

public record Action(int rank, Product product, Strategy strategy, Moment moment, Channel channel, double score,
                     String message, List<Reason> reasons) {
}
