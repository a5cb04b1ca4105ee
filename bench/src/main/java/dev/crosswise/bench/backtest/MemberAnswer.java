package dev.crosswise.bench.backtest;

import java.util.List;

/**
 * One method's ranking for one member: {@code top} as a user asks for it (Crosswise's {@code limit: 10}), and the
 * {@code longer} ranking the new-items view takes a member's first new items from (Crosswise's {@code limit: 50}; a
 * baseline's ranking of every training item).
 */
record MemberAnswer(List<String> top, List<String> longer) {

    static final MemberAnswer EMPTY = new MemberAnswer(List.of(), List.of());

    /** A baseline's answer: the first {@code limit} of its whole ranking, and the whole ranking. */
    static MemberAnswer of(List<String> ranking, int limit) {
        return new MemberAnswer(ranking.subList(0, Math.min(limit, ranking.size())), ranking);
    }
}
