package dev.crosswise.docs;

import dev.crosswise.CrosswiseApplication;
import dev.crosswise.CrosswiseHttpTest;
import dev.crosswise.TemporaryDirectories;
import dev.crosswise.docs.DocumentedExamples.Example;
import dev.crosswise.docs.DocumentedExamples.FileChange;
import dev.crosswise.docs.DocumentedExamples.FileContent;
import dev.crosswise.docs.DocumentedExamples.OwnService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The services of their own that examples run on when they would change what other tests read, or need a file
 * change or the demo's first start: each a fresh embedded Neo4j with the demo seed and a copy of the rules folder,
 * started as DemoActivityTest starts one, at the first example that needs it, and closed with the test class.
 * Changes to its rules folder stay for the examples after (a page's story goes on), and are taken up by its watcher,
 * as a saved file is.
 *
 * <p>Each starts on the morning the pages' real output was taken, {@link #PAGES_START}, its clock running from there:
 * the demo's weeks end at the minute of its start (what would happen later on that day does not happen), and the
 * days an experiment has run count to now, so a start at another hour or on another day answers other figures.
 */
final class FreshDemoStarts implements AutoCloseable {

    /** What says the service took up a change of its rules folder: a new version, error or problem. */
    private static final String RULES_STATE = "{ ruleSet { version scenarios { passed } lastError { at }"
            + " messageProblems { file line column }"
            + " experimentProblems { file line column } } }";
    private static final Duration TAKEN_UP_WITHIN = Duration.ofSeconds(60);
    /** The first start of the fresh demos whose answers the pages show (analysts.md says so). */
    static final Instant PAGES_START = Instant.parse("2026-12-06T05:34:00Z");

    private record Started(ConfigurableApplicationContext context, Path rules, String baseUrl) {
    }

    /** The files each service holds from its start, for every example on it: the demo's weeks are decided with them. */
    private final Map<OwnService, Set<FileContent>> startFiles = new EnumMap<>(OwnService.class);
    /** A service: its kind and, for an example on a start of its own, that example (else null). */
    private record Key(OwnService kind, String ownExample) {

        static Key of(Example example) {
            return new Key(example.setup().service(), example.setup().ofItsOwn() ? example.source() : null);
        }
    }

    private final Map<Key, Started> started = new LinkedHashMap<>();

    /** @param examples every example, for the files their services must hold from the start */
    FreshDemoStarts(List<Example> examples) {
        examples.stream().map(Example::setup).filter(Objects::nonNull).filter(setup -> setup.startFile() != null)
                .forEach(setup -> startFiles.computeIfAbsent(setup.service(), s -> new LinkedHashSet<>())
                        .add(setup.startFile()));
    }

    /** The service's address, once the changes the example describes are saved and taken up. */
    synchronized String prepare(Example example) {
        Started service = started.computeIfAbsent(Key.of(example), key -> start(key.kind()));
        if (!example.setup().changes().isEmpty()) {
            String before = rulesState(service);
            example.setup().changes().forEach(change -> save(service.rules(), change));
            awaitTakenUp(service, before, example);
        }
        return service.baseUrl();
    }

    /** After the example: a start of its own served it alone, and is closed at once. */
    synchronized void done(Example example) {
        if (example.setup().ofItsOwn()) {
            Started service = started.remove(Key.of(example));
            if (service != null) {
                service.context().close();
            }
        }
    }

    private Started start(OwnService kind) {
        Path rules = TemporaryDirectories.copyOfRepositoryRules();
        startFiles.getOrDefault(kind, Set.of()).forEach(file -> write(rules.resolve(file.path()), file.content()));
        Path data = TemporaryDirectories.removedAtExit("crosswise-docs-graph");
        SpringApplication application = new SpringApplication(CrosswiseApplication.class);
        application.addInitializers(context -> context.addBeanFactoryPostProcessor(new ClockFromPagesStart()));
        ConfigurableApplicationContext context = application.run(
                "--server.port=0",
                "--crosswise.api-keys=" + CrosswiseHttpTest.API_KEYS,
                "--crosswise.neo4j.data-dir=" + data,
                "--crosswise.neo4j.bolt-port=0",
                "--crosswise.neo4j.page-cache=64m",
                "--crosswise.rules.dir=" + rules,
                "--crosswise.rules.watch-interval=200ms",
                // the warm-up only costs CPU here: the pages' reloads are not timed
                "--crosswise.rules.compiler-warm-up=false",
                "--crosswise.rules.scenarios=" + kind.checksScenarios,
                "--crosswise.demo.activity.enabled=" + kind.hasShoppers);
        String baseUrl = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        Started service = new Started(context, rules, baseUrl);
        if (kind.checksScenarios) {
            awaitScenariosChecked(service);
        }
        return service;
    }

    /** The scenarios run once the service is up; a page shows the rules as they serve after, with their count. */
    private static void awaitScenariosChecked(Started service) {
        await(() -> !rulesState(service).contains("\"scenarios\":null"), "the scenarios of its start to be checked");
    }

    /** Replaces the service's clock by one that started at {@link #PAGES_START} when the service did. */
    private static final class ClockFromPagesStart implements BeanDefinitionRegistryPostProcessor {

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            // after the configuration classes are read: ClockConfiguration's clock is defined by now
            BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
            registry.removeBeanDefinition("clock");
            Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), PAGES_START));
            registry.registerBeanDefinition("clock", new RootBeanDefinition(Clock.class, () -> clock));
        }
    }

    private static void save(Path rules, FileChange change) {
        Path file = rules.resolve(change.path());
        try {
            write(file, change.applyTo(Files.exists(file) ? Files.readString(file) : ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitTakenUp(Started service, String before, Example example) {
        await(() -> !rulesState(service).equals(before), example.source() + ": the service to take up the change of "
                + example.setup().changes().stream().map(FileChange::path).toList());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(TAKEN_UP_WITHIN);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("waited " + TAKEN_UP_WITHIN + " in vain for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String rulesState(Started service) {
        return RestClient.create(service.baseUrl()).post().uri("/graphql")
                .header("X-API-Key", CrosswiseHttpTest.ADMIN_KEY)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(Map.of("query", RULES_STATE))
                .exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        started.values().forEach(service -> service.context().close());
        started.clear();
    }
}
