package dev.crosswise.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the DRL files of a directory into a {@link RuleSet}. Every file under the directory ending in
 * {@code .drl} takes part; the folder of a file is its package, as in the Drools examples.
 *
 * <p>Each folder compiles on its own (folders in parallel), and an instance remembers what it compiled: a folder
 * whose files are byte for byte the same as last time is not compiled again, its compiled rules are reused. Only
 * when a DRL file declares something other folders could use ({@code declare}, {@code function}, {@code query},
 * {@code global}) do all folders compile together as one, as Drools needs to see them all at once then. Either
 * way the result is a new, independent rule base: the serving one is never touched.
 *
 * <p>Besides Drools' own errors it rejects what Drools accepts but makes rules silently wrong here: the same rule name
 * twice, even in two packages, and the mistakes {@link RuleLint} looks for (a threshold no rule defines, a package that
 * is not its folder's name).
 */
public final class RuleCompiler {

    private static final Logger log = LoggerFactory.getLogger(RuleCompiler.class);
    private static final AtomicLong LOADS = new AtomicLong();
    /** Compiles that serve someone (a reload, a simulation) running right now; the JIT warm-up steps aside for them. */
    private static final AtomicInteger COMPILING = new AtomicInteger();
    /** Rules compiled in this JVM so far (reused ones not counted): how much the JIT has seen of the compiler. */
    private static final AtomicLong RULES_COMPILED = new AtomicLong();
    /** The class loader every rule base compiles and runs against (see {@link RuleClassLoader}). */
    private static final RuleClassLoader CLASSES = new RuleClassLoader(RuleCompiler.class.getClassLoader());
    /** DRL that other folders may refer to; such a rule base compiles as one unit. */
    private static final Pattern SHARED_DECLARATION = Pattern.compile("(?m)^\\s*(declare|function|query|global)\\b");
    /** A folder with at least twice this many rules compiles in parts, side by side. */
    static final int RULES_PER_PART = 125;
    /** The start of a line that starts a rule: rules are counted, and a file cut into runs of whole rules, there. */
    static final Pattern RULE_LINE = Pattern.compile("(?m)^[ \\t]*rule\\b");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    /**
     * At most this many parts per folder, each on its own thread: four per core. Next to requests that keep every core
     * busy, the operating system shares the cores by runnable thread, so more compiling threads finish the reload
     * sooner; and parts of 125 rules compile faster in all than parts of 250 even on a quiet machine (1 000 rules
     * measured in one JVM with {@code crosswise-bench reload-compile}: 2.8–3.6 s against 3.5–4.7 s next to 8 busy
     * threads, 0.8–1.3 s against 1.2–1.5 s alone).
     */
    static final int MAX_PARTS = 4 * Math.max(2, Runtime.getRuntime().availableProcessors());
    /** The unit name when every folder compiles together. */
    static final String ALL_FOLDERS = "*";
    /** Platform threads, one per part: compiling is CPU work, and must get its share next to the requests. */
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(MAX_PARTS,
            Thread.ofPlatform().daemon().name("rules-compile-", 0).factory());

    /** What was compiled last time, per unit (a folder, or {@link #ALL_FOLDERS}): the hash of its files and the result. */
    private final Map<String, Compiled> compiled = new HashMap<>();
    /** Checks every file each time, whatever compiled; reads again only the files that changed. */
    private final RuleLint lint = new RuleLint();
    private volatile Report lastReport = new Report(List.of(), List.of(), Map.of(), 0, 0);

    /** An empty compiler: its first {@link #recompile} compiles every folder. */
    public RuleCompiler() {
    }

    /**
     * What the last {@link #recompile} did: folders compiled, folders reused, the parts each compiled folder compiled in
     * side by side (1: whole), and the time each step took.
     */
    public record Report(List<String> compiledFolders, List<String> reusedFolders, Map<String, Integer> parts,
                         long compileMillis, long buildMillis) {
    }

    /** A unit's compiled packages; {@code serving} once a rule base has them (Drools then copies them for another). */
    private record Compiled(String hash, List<KiePackage> packages, boolean serving) {

        Compiled serve() {
            return new Compiled(hash, packages, true);
        }
    }

    private record Unit(String name, Map<String, String> sources, String hash) {
    }

    /**
     * A unit's (or a part's) packages or problems; {@code whole} when a part found it must compile with its folder.
     * {@code read}: what {@link RuleLint} needs of the files, when the parts parsed them (per file, one per part).
     */
    private record UnitResult(Unit unit, List<KiePackage> packages, List<RuleProblem> problems, boolean whole,
                              Map<String, List<RuleLint.FileFacts>> read) {

        UnitResult(Unit unit, List<KiePackage> packages, List<RuleProblem> problems) {
            this(unit, packages, problems, false, Map.of());
        }

        static UnitResult wholeFolder(Unit unit) {
            return new UnitResult(unit, List.of(), List.of(), true, Map.of());
        }
    }

    /**
     * A run of whole rules of one file, as DRL of its own: the file's header (package, imports, attributes), then blank
     * lines up to the run's first line, so that every line and column is the one of the file.
     */
    record Chunk(String path, String header, String text, int rules) {
    }

    /**
     * The subfolder of the rules folder that holds experiments ({@code experiments/*.yaml}) and the challengers' DRL
     * overlays: not part of the serving rules, and watched on its own.
     */
    public static final String EXPERIMENTS_FOLDER = "experiments";

    /**
     * Reads the DRL files of {@code directory}, keyed by their path relative to it ("timing/post-purchase.drl"),
     * without its {@link #EXPERIMENTS_FOLDER}.
     */
    public static Map<String, String> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleCompilationException(List.of(new RuleProblem(directory.toString(), 0, 0,
                    "rules directory not found (set CROSSWISE_RULES_DIR)")));
        }
        Map<String, byte[]> drl = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            Path experiments = directory.resolve(EXPERIMENTS_FOLDER);
            for (Path file : files.filter(f -> f.toString().endsWith(".drl") && !f.startsWith(experiments)).sorted().toList()) {
                drl.put(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules from " + directory, e);
        }
        return Utf8Text.decodeDrl(drl);
    }

    public static RuleSet compileDirectory(Path directory) {
        return compile(readDirectory(directory));
    }

    /** Compiles the given DRL sources (relative path to text); throws with every problem located when any has an error. */
    public static RuleSet compile(Map<String, String> sources) {
        return new RuleCompiler().recompile(sources);
    }

    /**
     * Compiles the given DRL sources into a new rule set, compiling only the folders whose files differ from the ones
     * this compiler saw last; throws with every problem located (file, line, column) when any file has an error. The
     * folders that did compile are remembered even then, so fixing the broken one recompiles only that one.
     */
    public synchronized RuleSet recompile(Map<String, String> sources) {
        if (sources.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("rules", 0, 0, "no .drl files found")));
        }
        COMPILING.incrementAndGet();
        try {
            return compileChanged(sources);
        } finally {
            COMPILING.decrementAndGet();
        }
    }

    /** Whether a compile that someone waits for runs right now. */
    static boolean compiling() {
        return COMPILING.get() > 0;
    }

    /** Rules compiled in this JVM so far, by every compiler: reloads, simulations, tests and the warm-up. */
    static long rulesCompiled() {
        return RULES_COMPILED.get();
    }

    private RuleSet compileChanged(Map<String, String> sources) {
        long started = System.nanoTime();
        List<Unit> units = units(sources);
        Map<String, List<Future<UnitResult>>> running = new LinkedHashMap<>();
        List<String> reused = new ArrayList<>();
        for (Unit unit : units) {
            Compiled known = compiled.get(unit.name());
            if (known != null && known.hash().equals(unit.hash())) {
                reused.add(unit.name());
            } else {
                running.put(unit.name(), compileInParts(unit));
            }
        }
        // While the changed folders compile, this thread makes the new rule base and copies the reused folders'
        // packages for it: Drools never lets two rule bases share a package, it copies one that serves when it is
        // added. Copied here, side by side with the compile, the copying is off the build that follows.
        InternalKnowledgeBase kieBase = newKieBase();
        Map<String, List<KiePackage>> copies = new HashMap<>();
        for (String folder : reused) {
            Compiled known = compiled.get(folder);
            copies.put(folder, known.serving() ? copiesFor(kieBase, known.packages()) : known.packages());
        }
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleLint.FileFacts> readByParts = new HashMap<>();
        Map<String, Compiled> next = new HashMap<>();
        Map<String, Integer> partsByFolder = new TreeMap<>();
        for (Unit unit : units) {
            List<Future<UnitResult>> parts = running.get(unit.name());
            if (parts == null) {
                next.put(unit.name(), compiled.get(unit.name()));
                continue;
            }
            UnitResult done = collect(unit, parts);
            partsByFolder.put(unit.name(), done.whole() ? 1 : parts.size());
            done.read().forEach((path, facts) -> readByParts.put(path, RuleLint.merge(facts)));
            if (done.problems().isEmpty()) {
                next.put(unit.name(), new Compiled(unit.hash(), done.packages(), false));
                done.packages().forEach(kiePackage -> RULES_COMPILED.addAndGet(kiePackage.getRules().size()));
            } else {
                problems.addAll(done.problems());
            }
        }
        // Remember what compiled (a broken folder is compiled again next time); forget folders that are gone.
        compiled.clear();
        compiled.putAll(next);
        long compileMillis = (System.nanoTime() - started) / 1_000_000;
        // also when Drools failed: for a threshold's value the lint says what to write instead, Drools only what is wrong
        boolean everyUnitCompiled = problems.isEmpty();
        lint.read(sources, readByParts);
        RuleLint.Findings findings = lint.check();
        problems.addAll(findings.problems());
        if (everyUnitCompiled) {
            // reused folders first: a name both in a folder just changed and in one kept is reported in the changed one
            List<Compiled> reusedFirst = new ArrayList<>();
            reused.forEach(folder -> reusedFirst.add(next.get(folder)));
            running.keySet().forEach(folder -> reusedFirst.add(next.get(folder)));
            problems.addAll(duplicateRules(reusedFirst, sources));
        }
        if (!problems.isEmpty()) {
            lastReport = new Report(List.copyOf(running.keySet()), List.copyOf(reused), partsByFolder, compileMillis, 0);
            throw new RuleCompilationException(problems);
        }

        long building = System.nanoTime();
        List<KiePackage> packages = new ArrayList<>();
        units.forEach(unit -> packages.addAll(copies.getOrDefault(unit.name(), next.get(unit.name()).packages())));
        try {
            kieBase.addPackages(packages);
        } catch (RuntimeException e) {
            compiled.clear();
            throw new RuleCompilationException(List.of(new RuleProblem("rules", 0, 0,
                    "the folders do not fit together: " + e.getMessage())));
        }
        compiled.replaceAll((unit, known) -> known.serve());
        findings.warnings().forEach(warning -> log.warn("Rules: {}", warning));
        lastReport = new Report(List.copyOf(running.keySet()), List.copyOf(reused), partsByFolder, compileMillis,
                (System.nanoTime() - building) / 1_000_000);

        List<String> ruleNames = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                ruleNames.add(rule.getName());
            }
        }
        ruleNames.sort(String::compareTo);
        long load = LOADS.incrementAndGet();
        return new RuleSet(kieBase, load + "-" + contentHash(sources).substring(0, 12), Instant.now(), List.copyOf(sources.keySet()),
                List.copyOf(ruleNames));
    }

    /**
     * Compiles {@code sources} once more for nothing but the JIT: every folder the way a reload compiles each part of a
     * large one (its runs of whole rules parsed and built by one builder; a folder that cannot be cut, whole), all on
     * the calling thread and nothing remembered, into a rule base of its own that never serves. Drools' compile runs on
     * code the JIT has not compiled yet otherwise: in a fresh JVM the first reload of many rules spends as much CPU in
     * the JIT as in the compile itself.
     *
     * <p>Waits before each folder while a compile someone waits for runs, so that it costs such a compile at most one
     * folder's worth of CPU.
     *
     * @return the rules, for a session to run once on them too; null when they do not compile
     */
    static RuleSet compileForWarmUp(Map<String, String> sources) throws InterruptedException {
        List<KiePackage> packages = new ArrayList<>();
        for (Unit unit : units(sources)) {
            while (compiling()) {
                Thread.sleep(100);
            }
            registerPackages(unit);
            List<Chunk> runs = new ArrayList<>();
            unit.sources().forEach((path, text) -> runs.addAll(chunks(path, text, 1)));
            UnitResult done = ALL_FOLDERS.equals(unit.name()) ? UnitResult.wholeFolder(unit) : compileChunks(unit, runs);
            if (done.whole()) {
                done = compileUnit(unit, true);
            }
            if (!done.problems().isEmpty()) {
                return null;
            }
            packages.addAll(done.packages());
            done.packages().forEach(kiePackage -> RULES_COMPILED.addAndGet(kiePackage.getRules().size()));
        }
        InternalKnowledgeBase kieBase = newKieBase();
        kieBase.addPackages(packages);
        List<String> ruleNames = packages.stream().flatMap(p -> p.getRules().stream()).map(Rule::getName).toList();
        return new RuleSet(kieBase, "compiler-warm-up", Instant.now(), List.copyOf(sources.keySet()), ruleNames);
    }

    private static InternalKnowledgeBase newKieBase() {
        return KnowledgeBaseFactory.newKnowledgeBase(KieServices.get().newKieBaseConfiguration(null, CLASSES));
    }

    /** Copies of packages that serve in another rule base, for {@code kieBase} (as Drools makes them when adding). */
    private static List<KiePackage> copiesFor(InternalKnowledgeBase kieBase, List<KiePackage> serving) {
        List<KiePackage> copies = new ArrayList<>();
        for (KiePackage kiePackage : serving) {
            copies.add(((InternalKnowledgePackage) kiePackage).deepCloneIfAlreadyInUse(kieBase.getRootClassLoader()));
        }
        return copies;
    }

    /** What the last {@link #recompile} compiled and reused. */
    public Report lastReport() {
        return lastReport;
    }

    /** One unit per folder; one unit of everything when a file declares what other folders could use. */
    private static List<Unit> units(Map<String, String> sources) {
        if (sources.values().stream().anyMatch(text -> SHARED_DECLARATION.matcher(text).find())) {
            return List.of(new Unit(ALL_FOLDERS, sources, contentHash(sources)));
        }
        Map<String, Map<String, String>> byFolder = new TreeMap<>();
        sources.forEach((path, text) -> byFolder.computeIfAbsent(folderOf(path), f -> new TreeMap<>()).put(path, text));
        List<Unit> units = new ArrayList<>();
        byFolder.forEach((folder, files) -> units.add(new Unit(folder, files, contentHash(files))));
        return units;
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * Starts compiling a unit. A folder with many rules compiles in parts, side by side, each part parsing and compiling
     * its runs of whole rules ({@link Chunk}): rules that hold nothing but imports, package attributes and rules do not
     * depend on each other, and the parts' packages merge into one package in the rule base. A part that finds more
     * than that (a query, a function, an import between rules, a "rule" line that starts no rule, a syntax error) has
     * the folder compile as a whole, which reports exactly as always.
     */
    private static List<Future<UnitResult>> compileInParts(Unit unit) {
        registerPackages(unit);
        int rules = unit.sources().values().stream().mapToInt(RuleCompiler::countRules).sum();
        if (ALL_FOLDERS.equals(unit.name()) || rules < 2 * RULES_PER_PART) {
            return List.of(WORKERS.submit(() -> compileUnit(unit, false)));
        }
        int parts = Math.min(MAX_PARTS, (rules + RULES_PER_PART - 1) / RULES_PER_PART);
        List<List<Chunk>> work = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            work.add(new ArrayList<>());
        }
        unit.sources().forEach((path, text) -> {
            List<Chunk> chunks = chunks(path, text, parts);
            for (int i = 0; i < chunks.size(); i++) {
                work.get(i).add(chunks.get(i));
            }
        });
        List<Future<UnitResult>> running = new ArrayList<>();
        for (List<Chunk> chunks : work) {
            if (!chunks.isEmpty()) {
                running.add(WORKERS.submit(() -> compileChunks(unit, chunks)));
            }
        }
        return running;
    }

    private static void registerPackages(Unit unit) {
        unit.sources().values().forEach(text -> PACKAGE.matcher(text).results()
                .forEach(declared -> CLASSES.addRulePackage(declared.group(1))));
    }

    /** The unit's packages from its parts, or from compiling it whole when a part could not compile apart. */
    private static UnitResult collect(Unit unit, List<Future<UnitResult>> parts) {
        List<KiePackage> packages = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, List<RuleLint.FileFacts>> read = new HashMap<>();
        boolean whole = false;
        for (Future<UnitResult> part : parts) {
            UnitResult done = await(part);
            whole |= done.whole();
            packages.addAll(done.packages());
            problems.addAll(done.problems());
            done.read().forEach((path, facts) -> read.computeIfAbsent(path, p -> new ArrayList<>()).addAll(facts));
        }
        if (whole) {
            UnitResult folder = await(WORKERS.submit(() -> compileUnit(unit, false)));
            return new UnitResult(unit, folder.packages(), folder.problems(), true, Map.of());
        }
        return new UnitResult(unit, List.copyOf(packages), problems, false, read);
    }

    /** Cuts a file into at most {@code count} runs of whole rules, at the lines that start a rule. */
    static List<Chunk> chunks(String path, String text, int count) {
        List<Integer> starts = RULE_LINE.matcher(text).results().map(MatchResult::start).toList();
        if (starts.isEmpty()) {
            return List.of();
        }
        String header = text.substring(0, starts.getFirst());
        int headerLines = lines(header, header.length());
        List<Chunk> chunks = new ArrayList<>();
        int size = (starts.size() + count - 1) / count;
        for (int first = 0; first < starts.size(); first += size) {
            int from = starts.get(first);
            int to = first + size < starts.size() ? starts.get(first + size) : text.length();
            String padding = "\n".repeat(lines(text, from) - headerLines);
            chunks.add(new Chunk(path, header, header + padding + text.substring(from, to),
                    Math.min(size, starts.size() - first)));
        }
        return chunks;
    }

    /** The line breaks in {@code text} before {@code end}. */
    static int lines(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /**
     * One part of a large folder: parses its chunks and compiles them. Its rules build on this thread: Drools would
     * otherwise hand them to its own pool of one thread per core, shared by all parts, and the parts would wait for
     * each other there.
     */
    private static UnitResult compileChunks(Unit unit, List<Chunk> chunks) {
        List<PackageDescr> descrs = new ArrayList<>();
        Map<String, List<RuleLint.FileFacts>> read = new HashMap<>();
        for (Chunk chunk : chunks) {
            PackageDescr descr = parse(chunk.path(), chunk.text());
            PackageDescr header = parse(chunk.path(), chunk.header());
            if (descr == null || header == null || !onlyRules(descr) || descr.getRules().size() != chunk.rules()
                    || packageLevelItems(descr) != packageLevelItems(header)) {
                return UnitResult.wholeFolder(unit);
            }
            descrs.add(descr);
            // before the build, which may rewrite the descriptors; saves RuleLint parsing these rules a second time
            read.computeIfAbsent(chunk.path(), path -> new ArrayList<>())
                    .add(RuleLint.of(unit.sources().get(chunk.path()), chunk.text(), descr, true));
        }
        KnowledgeBuilderImpl builder = (KnowledgeBuilderImpl) newBuilder(true);
        descrs.forEach(builder::addPackage);
        UnitResult built = result(unit, builder);
        return new UnitResult(unit, built.packages(), built.problems(), false, read);
    }

    /** The file's DRL parsed; null when it has any error (the whole folder's compile reports it). */
    static PackageDescr parse(String path, String text) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr descr = parser.parse(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(path), text);
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException e) {
            return null;
        }
    }

    /** What a file says for all its rules: imports and package attributes. */
    private static int packageLevelItems(PackageDescr descr) {
        return descr.getImports().size() + descr.getFunctionImports().size() + descr.getAccumulateImports().size()
                + descr.getAttributes().size();
    }

    private static boolean onlyRules(PackageDescr descr) {
        return descr.getGlobals().isEmpty() && descr.getFunctions().isEmpty() && descr.getTypeDeclarations().isEmpty()
                && descr.getEnumDeclarations().isEmpty() && descr.getEntryPointDeclarations().isEmpty()
                && descr.getWindowDeclarations().isEmpty() && descr.getUnit() == null
                && descr.getRules().stream().noneMatch(RuleDescr::isQuery);
    }

    private static int countRules(String text) {
        return (int) RULE_LINE.matcher(text).results().count();
    }

    /** @param onThisThread build every rule on the calling thread, not in Drools' pool of one thread per core */
    private static UnitResult compileUnit(Unit unit, boolean onThisThread) {
        KnowledgeBuilder builder = newBuilder(onThisThread);
        CompositeKnowledgeBuilder batch = builder.batch();
        unit.sources().forEach((path, text) -> batch.add(ResourceFactory.newByteArrayResource(
                text.getBytes(StandardCharsets.UTF_8)).setSourcePath(path), ResourceType.DRL));
        batch.build();
        return result(unit, builder);
    }

    private static KnowledgeBuilder newBuilder(boolean onThisThread) {
        KnowledgeBuilderConfiguration configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, CLASSES);
        if (onThisThread) {
            configuration.setOption(ParallelRulesBuildThresholdOption.get(-1));
        }
        return KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
    }

    /** The unit's packages, or its problems located by file, line and column. */
    private static UnitResult result(Unit unit, KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            problems.add(problem(result, unit));
        }
        return new UnitResult(unit, problems.isEmpty() ? List.copyOf(builder.getKnowledgePackages()) : List.of(), problems);
    }

    private static RuleProblem problem(KnowledgeBuilderResult result, Unit unit) {
        String file = result.getResource() == null || result.getResource().getSourcePath() == null
                ? (unit.name().isEmpty() || ALL_FOLDERS.equals(unit.name()) ? "rules" : unit.name())
                : result.getResource().getSourcePath();
        int reported = result.getLines() == null || result.getLines().length == 0 ? 0 : Math.max(0, result.getLines()[0]);
        int line = ConsequenceErrors.line(result, unit.sources().get(file), reported);
        int column = result instanceof ParserError parserError ? Math.max(0, parserError.getCol()) : 0;
        return new RuleProblem(file, line, column, result.getMessage() == null ? "" : result.getMessage().strip());
    }

    /**
     * Folders compiled apart would silently replace each other's rules when two of them name the same package and the
     * same rule; compiled together, Drools rejects that. So it is an error here too. The same name in two packages is
     * one as well: reasons, suppressions and scenarios name a rule by its name alone, and could not tell the two apart.
     * Reported at the later of the two, in the order given, files of one unit by path.
     */
    private static List<RuleProblem> duplicateRules(List<Compiled> units, Map<String, String> sources) {
        Map<String, Rule> firstByName = new HashMap<>();
        Set<String> reported = new TreeSet<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Compiled unit : units) {
            List<Rule> rules = new ArrayList<>();
            unit.packages().forEach(kiePackage -> rules.addAll(kiePackage.getRules()));
            rules.sort(Comparator.comparing(RuleCompiler::fileOf));
            for (Rule rule : rules) {
                Rule first = firstByName.putIfAbsent(rule.getName(), rule);
                if (first == null || !reported.add(rule.getPackageName() + "." + rule.getName())) {
                    continue;
                }
                String file = fileOf(rule);
                String where = first.getPackageName().equals(rule.getPackageName()) ? ""
                        : " (package " + first.getPackageName() + "): reasons, suppressions and scenarios name a rule by "
                        + "its name alone, so give one of them another name";
                problems.add(new RuleProblem(file, lineOf(sources.get(file), rule.getName()), 0, "Duplicate rule name: \""
                        + rule.getName() + "\" in package " + rule.getPackageName() + " is also in " + fileOf(first) + where));
            }
        }
        return problems;
    }

    /** The file a compiled rule was written in, relative to the rules folder ("rules" when Drools does not say). */
    static String fileOf(Rule rule) {
        return rule instanceof RuleImpl impl && impl.getResource() != null && impl.getResource().getSourcePath() != null
                ? impl.getResource().getSourcePath() : "rules";
    }

    /** The line of {@code rule "name"} in {@code text}; 0 when it cannot be found. */
    static int lineOf(String text, String ruleName) {
        if (text == null) {
            return 0;
        }
        Pattern declaration = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(ruleName) + "\"|'" + Pattern.quote(ruleName)
                + "'|" + Pattern.quote(ruleName) + "\\b)");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (declaration.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static UnitResult await(Future<UnitResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String contentHash(Map<String, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
