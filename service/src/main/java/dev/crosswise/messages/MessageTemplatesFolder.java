package dev.crosswise.messages;

import dev.crosswise.authoring.FolderFiles;
import dev.crosswise.authoring.PeriodicLook;
import dev.crosswise.authoring.RulesReloaded;
import dev.crosswise.rules.RuleProblem;
import dev.crosswise.rules.RulesProperties;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The message templates of the rules folder ({@code rules/messages/messages_<language>.properties}) as they serve:
 * read at start, and again when a file changes — looked at as often as the rules are (CROSSWISE_RULES_WATCH,
 * CROSSWISE_RULES_WATCH_INTERVAL), and on every rules reload. A file with a problem is not taken: its language keeps
 * the texts it had (at start: English), and the problem is logged and shown in {@code ruleSet.messageProblems}, so a
 * typo never costs a decision its words.
 */
@Component
public class MessageTemplatesFolder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessageTemplatesFolder.class);
    private static final Pattern FILE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

    private final Path rulesDir;
    private final boolean watch;
    private volatile MessageTemplates current = MessageTemplates.shipped();
    private volatile List<RuleProblem> problems = List.of();
    private String fingerprint;
    private final PeriodicLook looks;

    @Autowired
    MessageTemplatesFolder(RulesProperties properties) {
        this(properties.dir(), properties.watch(), properties.watchInterval().toMillis());
    }

    /** A folder read once and never watched, e.g. for a test. */
    public static MessageTemplatesFolder readOnce(Path rulesDir) {
        return new MessageTemplatesFolder(rulesDir, false, 0);
    }

    private MessageTemplatesFolder(Path rulesDir, boolean watch, long intervalMillis) {
        this.rulesDir = rulesDir;
        this.watch = watch;
        this.looks = new PeriodicLook("messages-watcher", "the message templates",
                Duration.ofMillis(intervalMillis), this::reloadIfChanged);
        reloadIfChanged();
    }

    public MessageTemplates current() {
        return current;
    }

    /** Why files were not taken at the latest look; empty when every file serves. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Reads the folder again if a file was added, changed or removed since the last look. */
    public synchronized void reloadIfChanged() {
        Path dir = rulesDir.resolve("messages");
        Map<String, byte[]> files = FolderFiles.read(dir, false, name -> FILE.matcher(name).matches());
        String now = FolderFiles.fingerprint(files);
        if (now.equals(fingerprint)) {
            return;
        }
        fingerprint = now;
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        List<RuleProblem> found = new ArrayList<>();
        files.forEach((name, bytes) -> {
            Matcher file = FILE.matcher(name);
            if (!file.matches()) {
                return;
            }
            String language = file.group(1);
            String relative = "messages/" + name;
            MessageTemplateFile.Parsed parsed;
            try {
                parsed = MessageTemplateFile.parse(relative, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                parsed = new MessageTemplateFile.Parsed(Map.of(), List.of(new RuleProblem(relative, 0, 0,
                        "not UTF-8: save the file as UTF-8")));
            }
            if (parsed.ok()) {
                byLanguage.put(language, parsed.texts());
            } else {
                found.addAll(parsed.problems());
                Map<String, String> previous = current.byLanguage().get(language);
                if (previous != null) {
                    byLanguage.put(language, previous);
                }
            }
        });
        current = MessageTemplates.of(byLanguage);
        problems = List.copyOf(found);
        if (found.isEmpty()) {
            log.info("Message templates from {}: languages {}", dir.toAbsolutePath(), new TreeMap<>(byLanguage).keySet());
        } else {
            found.forEach(problem -> log.warn("Message template not taken, the previous texts keep serving: {}", problem));
        }
    }

    /** A reload of the rules (a file change or {@code reloadRules}) takes the texts up too. */
    @EventListener
    void onRulesReloaded(RulesReloaded reloaded) {
        reloadIfChanged();
    }

    @Override
    public void start() {
        if (watch) {
            looks.start();
        }
    }

    @Override
    public void stop() {
        looks.stop();
    }

    @Override
    public boolean isRunning() {
        return looks.isRunning();
    }
}
