package dev.crosswise.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader the rules compile and run against: the service's own, remembering what it answered. Compiling DRL
 * asks it for thousands of names that are no class at all (the Java compiler and MVEL try every identifier against
 * every imported package), and each such miss otherwise searches the whole class path again, every nested jar of the
 * service jar included. The service's class path does not change while it runs, so an answer once given — found or
 * not — stays true.
 *
 * <p>The classes Drools generates for the rules themselves ({@code Rule_…} in a DRL package) are never on the class
 * path, and the Java compiler asks for each of them once, under a new name on every compile: such a name is answered
 * "not there" without searching.
 */
final class RuleClassLoader extends ClassLoader {

    /** Bounded only for safety: a rule set asks for a few thousand names, and asks for the same ones again. */
    private static final int MAX_ENTRIES = 200_000;
    private static final Object MISSING = new Object();

    static {
        registerAsParallelCapable();
    }

    private final ConcurrentHashMap<String, Object> classes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> resources = new ConcurrentHashMap<>();
    /** The DRL packages compiled so far, as resource folders ("bench", "dev/crosswise/levers"). */
    private final Set<String> rulePackages = ConcurrentHashMap.newKeySet();

    RuleClassLoader(ClassLoader parent) {
        super("crosswise-rules", parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Object known = classes.get(name);
        if (known == null) {
            try {
                known = getParent().loadClass(name);
            } catch (ClassNotFoundException | LinkageError notThere) {
                known = MISSING;
            }
            remember(classes, name, known);
        }
        if (known == MISSING) {
            throw new ClassNotFoundException(name);
        }
        return (Class<?>) known;
    }

    /** Tells the loader that rules of this DRL package are compiled against it. */
    void addRulePackage(String drlPackage) {
        rulePackages.add(drlPackage.replace('.', '/'));
    }

    /** The class file of a class Drools generates for a rule, which only the rule base's own class loader has. */
    boolean generatedForARule(String resourceName) {
        int slash = resourceName.lastIndexOf('/');
        return resourceName.endsWith(".class") && resourceName.startsWith("Rule_", slash + 1)
                && rulePackages.contains(slash < 0 ? "" : resourceName.substring(0, slash));
    }

    @Override
    public URL getResource(String name) {
        if (generatedForARule(name)) {
            return null;
        }
        Object known = resources.get(name);
        if (known == null) {
            URL url = getParent().getResource(name);
            known = url == null ? MISSING : url;
            remember(resources, name, known);
        }
        return known == MISSING ? null : (URL) known;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        URL url = getResource(name);
        try {
            return url == null ? null : url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    private static void remember(ConcurrentHashMap<String, Object> cache, String name, Object answer) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(name, answer);
    }
}
