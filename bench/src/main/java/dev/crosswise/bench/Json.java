package dev.crosswise.bench;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** Just enough JSON for the results file: maps, lists, records, strings, numbers, booleans. */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        String inner = indent + "  ";
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Double d when d.isNaN() || d.isInfinite() -> out.append("null");
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> map -> {
                out.append("{");
                boolean first = true;
                for (var entry : map.entrySet()) {
                    out.append(first ? "\n" : ",\n").append(inner);
                    string(String.valueOf(entry.getKey()), out);
                    out.append(": ");
                    write(entry.getValue(), out, inner);
                    first = false;
                }
                out.append(first ? "}" : "\n" + indent + "}");
            }
            case Collection<?> list -> {
                out.append("[");
                boolean first = true;
                for (Object item : list) {
                    out.append(first ? "\n" : ",\n").append(inner);
                    write(item, out, inner);
                    first = false;
                }
                out.append(first ? "]" : "\n" + indent + "]");
            }
            case Record record -> {
                var map = new java.util.LinkedHashMap<String, Object>();
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        var accessor = component.getAccessor();
                        accessor.setAccessible(true); // records of other bench packages need not be public
                        map.put(component.getName(), accessor.invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                write(map, out, indent);
            }
            default -> string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
