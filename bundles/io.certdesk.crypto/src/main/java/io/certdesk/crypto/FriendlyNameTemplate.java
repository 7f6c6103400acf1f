package io.certdesk.crypto;

import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The friendly name written on the key and the end-entity certificate, from a template such as
 * {@code {cn} ({certNumber})}. Built-in placeholders: {@code {cn}}, {@code {o}}, {@code {ou}},
 * {@code {serial}} (hex); any other placeholder must be given as a variable (for example the certificate
 * number from the roster).
 */
public final class FriendlyNameTemplate {

    /** The default template: the subject's common name. */
    public static final FriendlyNameTemplate COMMON_NAME = new FriendlyNameTemplate("{cn}", Map.of()); //$NON-NLS-1$

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}"); //$NON-NLS-1$
    private static final Set<String> BUILT_IN = Set.of("cn", "o", "ou", "serial"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final int MAX_LENGTH = 128;

    private final String template;
    private final Map<String, String> variables;

    private FriendlyNameTemplate(String template, Map<String, String> variables) {
        this.template = template;
        this.variables = Map.copyOf(variables);
    }

    /**
     * A template with its extra variables.
     *
     * @throws IllegalArgumentException when the template names a placeholder that is neither built in nor given
     */
    public static FriendlyNameTemplate of(String template, Map<String, String> variables) {
        Objects.requireNonNull(template, "template"); //$NON-NLS-1$
        Objects.requireNonNull(variables, "variables"); //$NON-NLS-1$
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!BUILT_IN.contains(name) && !variables.containsKey(name)) {
                throw new IllegalArgumentException("Unknown placeholder {" + name + "} in the friendly name template " //$NON-NLS-1$ //$NON-NLS-2$
                        + template + "; use {cn}, {o}, {ou}, {serial} or one of " + variables.keySet()); //$NON-NLS-1$
            }
        }
        return new FriendlyNameTemplate(template, new LinkedHashMap<>(variables));
    }

    /** The template text. */
    public String template() {
        return template;
    }

    /** The friendly name for this certificate: placeholders replaced, trimmed, at most 128 characters. */
    public String render(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate"); //$NON-NLS-1$
        CertificateSummary summary = CertificateSummary.of(certificate);
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "cn" -> String.join(" ", summary.subject().commonNames()); //$NON-NLS-1$ //$NON-NLS-2$
                case "o" -> String.join(" ", summary.subject().organizations()); //$NON-NLS-1$ //$NON-NLS-2$
                case "ou" -> String.join(" ", summary.subject().organizationalUnits()); //$NON-NLS-1$ //$NON-NLS-2$
                case "serial" -> summary.serialHex(); //$NON-NLS-1$
                default -> variables.getOrDefault(name, ""); //$NON-NLS-1$
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        String name = out.toString().strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }

    @Override
    public String toString() {
        return template;
    }
}
