package io.certdesk.ui.internal.settings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.certdesk.jobs.SettingsRules;
import org.eclipse.swt.widgets.Composite;

/**
 * The typed fields of the settings dialog by their ids, in the order the pages add them: the order in which the
 * dialog checks them and names the first wrong one.
 */
final class Fields {

    private final Map<String, Field> byId = new LinkedHashMap<>();

    /** Adds a label and a text box to {@code page} under {@code id}, checked with {@code rule}. */
    Field add(String id, Composite page, String label, int style, String value, Function<String, Optional<String>> rule) {
        Field field = Field.add(page, label, style, value, rule);
        byId.put(id, field);
        return field;
    }

    Field get(String id) {
        return byId.get(id);
    }

    /** The field's value, normalised. */
    String value(String id) {
        return byId.get(id).value();
    }

    /** The field's number; only called when its rule found it right. */
    int number(String id) {
        return SettingsRules.number(byId.get(id).text.getText()).orElseThrow();
    }

    Map<String, Field> all() {
        return Collections.unmodifiableMap(byId);
    }
}
