package dev.crosswise.simulation;

import dev.crosswise.api.BadRequestException;
import dev.crosswise.rules.RuleCompiler;
import dev.crosswise.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the candidate rule set of a simulation: a base folder, with the given files replacing or adding theirs. */
final class CandidateRuleSets {

    private CandidateRuleSets() {
    }

    /** Compiles the candidate; throws {@code RuleCompilationException} with every problem when it does not compile. */
    static RuleSet compile(CandidateRules candidate, Path rulesDir) {
        Map<String, String> sources = new TreeMap<>(RuleCompiler.readDirectory(base(candidate.directory(), rulesDir)));
        List<CandidateRules.RuleFile> files = candidate.files() == null ? List.of() : candidate.files();
        for (int i = 0; i < files.size(); i++) {
            CandidateRules.RuleFile file = files.get(i);
            String field = "rules.files[" + i + "].path";
            String path = file.path() == null ? "" : file.path().replace('\\', '/');
            if (!path.endsWith(".drl") || path.startsWith("/") || Path.of(path).normalize().startsWith("..")
                    || path.contains("/../")) {
                throw new BadRequestException(field, field + " must be a .drl path inside the rules folder, like "
                        + "timing/post-purchase.drl; got '" + file.path() + "'");
            }
            sources.put(Path.of(path).normalize().toString().replace('\\', '/'),
                    file.content() == null ? "" : file.content());
        }
        return RuleCompiler.compile(sources);
    }

    /** A base folder must lie inside the service's working directory: a simulation reads no other file. */
    private static Path base(String directory, Path rulesDir) {
        if (directory == null || directory.isBlank()) {
            return rulesDir;
        }
        Path workingDir = Path.of("").toAbsolutePath().normalize();
        Path dir = workingDir.resolve(directory).normalize();
        if (!dir.startsWith(workingDir) || !Files.isDirectory(dir)) {
            throw new BadRequestException("rules.directory", "rules.directory must be a folder inside the service's "
                    + "working directory, like rules-next; got '" + directory + "'");
        }
        return dir;
    }
}
