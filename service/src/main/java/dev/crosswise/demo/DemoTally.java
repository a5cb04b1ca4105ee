package dev.crosswise.demo;

import dev.crosswise.response.ResponseType;
import java.util.EnumMap;
import java.util.Map;

/** What the demo activity recorded, for the one line the start logs. */
final class DemoTally {

    int shoppers;
    int decisions;
    int exposures;
    final Map<ResponseType, Integer> responses = new EnumMap<>(ResponseType.class);
    int purchases;
    int returns;

    void add(DemoTally other) {
        shoppers += other.shoppers;
        decisions += other.decisions;
        exposures += other.exposures;
        other.responses.forEach((type, count) -> responses.merge(type, count, Integer::sum));
        purchases += other.purchases;
        returns += other.returns;
    }
}
