package dev.crosswise.storefront;

import java.util.regex.Pattern;

/**
 * Anonymous session ids: {@code visitor:} followed by 16 to 100 random characters ({@code A-Z a-z 0-9 _ -}, e.g. a
 * {@code crypto.randomUUID()}) that a shop's page makes up once per visitor session. Such an id stands for a visitor
 * who has not logged in: it holds no personal data, and being unguessable it is the only thing that ties requests to
 * the session, as a session cookie would.
 */
public final class VisitorIds {

    public static final String PREFIX = "visitor:";
    private static final Pattern WELL_FORMED = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{16,100}");

    private VisitorIds() {
    }

    /** Whether {@code id} claims to be a visitor id (well-formed or not). */
    public static boolean claims(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** What is wrong with a visitor id, for an error naming {@code field}. */
    public static String problem(String field, String id) {
        return field + " '" + id + "' is not a visitor id: " + PREFIX + " then 16 to 100 random characters of "
                + "A-Z, a-z, 0-9, _ and - (e.g. " + PREFIX + "crypto.randomUUID())";
    }
}
