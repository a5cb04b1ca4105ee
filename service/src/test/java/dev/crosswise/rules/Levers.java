package dev.crosswise.rules;

import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** Many small, independent rules in one file of package {@code bench}: the shape of the benchmark's reload. */
final class Levers {

    private Levers() {
    }

    /**
     * Rules "Lever 0" to "Lever {@code count - 1}": rule {@code i} scores candidates in "category" from
     * {@code priceFloor(i)}, and its consequence ends with {@code extra(i)} (Java, usually empty).
     */
    static String drl(int count, IntUnaryOperator priceFloor, IntFunction<String> extra) {
        StringBuilder drl = new StringBuilder("package bench;\n\nimport dev.crosswise.rules.facts.*;\n");
        for (int i = 0; i < count; i++) {
            drl.append("""

                    rule "Lever %d"
                    when
                        $candidate : Candidate(category == "category", price >= %d.0)
                    then
                        insert(new ScoreFactor($candidate, 1.01, drools.getRule().getName(), "Lever " + %d));%s
                    end
                    """.formatted(i, priceFloor.applyAsInt(i), i, extra.apply(i)));
        }
        return drl.toString();
    }
}
