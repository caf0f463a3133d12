package id.layanankecamatan.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variable names a Camunda Form submits: each field's key and each group's or dynamic list's path (the rows
 * of a list are one variable under its path), always including {@code decision} and {@code note}.
 */
public final class FormVariables {

    static final Set<String> ALWAYS = Set.of("decision", "note");

    private FormVariables() {
    }

    public static Set<String> of(JsonNode form) {
        Set<String> names = new LinkedHashSet<>(ALWAYS);
        collect(form, names);
        return names;
    }

    private static void collect(JsonNode container, Set<String> names) {
        for (JsonNode component : container.path("components")) {
            String path = component.path("path").asText("");
            if (!path.isBlank()) {
                // a group or dynamic list with a path: everything inside lives under that one variable
                names.add(firstSegment(path));
                continue;
            }
            String key = component.path("key").asText("");
            if (!key.isBlank()) {
                names.add(firstSegment(key));
            }
            collect(component, names);
        }
    }

    private static String firstSegment(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
