package dev.crosswise.simulation;

import java.util.List;

/**
 * GraphQL input {@code CandidateRules}: a rule set to compare with the one serving. The base is {@code directory}
 * (a rules folder on the server, relative to its working directory) or, when absent, the rules folder the service
 * loads from; each of {@code files} replaces or adds the file at its path.
 */
public record CandidateRules(List<RuleFile> files, String directory) {

    /** One DRL file: {@code path} relative to the rules folder, as in {@code RuleSet.files} ("timing/post-purchase.drl"). */
    public record RuleFile(String path, String content) {
    }
}
