package io.certdesk.portal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.certdesk.core.errors.ErrorCode;

/**
 * Reads portal profiles: UTF-8 properties files with comments, which administrators can read and edit.
 * The reference portal's profile is built in ({@code reference-profile.properties}); a profile file states
 * only what differs from it. Relative file names are resolved against the profile file's folder.
 */
public final class PortalProfiles {

    /** The source name of the built-in profile. */
    public static final String REFERENCE = "reference"; //$NON-NLS-1$
    private static final String RESOURCE = "/io/certdesk/portal/client/reference-profile.properties"; //$NON-NLS-1$
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.\\-]{1,253})(:[0-9]{1,5})?"); //$NON-NLS-1$
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_.:\\-\\[\\]]{1,64}"); //$NON-NLS-1$

    private PortalProfiles() {
    }

    /** The reference portal's profile. */
    public static PortalProfile reference() {
        try {
            return parse(defaults(), REFERENCE, null);
        } catch (PortalClientException | IOException e) {
            throw new IllegalStateException("The built-in reference profile is broken", e); //$NON-NLS-1$
        }
    }

    /** A profile file on top of the reference profile. */
    public static PortalProfile load(Path file) throws PortalClientException {
        Properties merged;
        try {
            merged = defaults();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties own = new Properties();
                own.load(reader);
                own.stringPropertyNames().forEach(k -> merged.setProperty(k, own.getProperty(k)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID,
                    file + ": the portal profile cannot be read (" + e.getMessage() + ")", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return parse(merged, file.toString(), file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID, file + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static Properties defaults() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalProfiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE); //$NON-NLS-1$
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static PortalProfile parse(Properties p, String source, Path folder) throws PortalClientException, IOException {
        URI baseUrl;
        try {
            baseUrl = checkBaseUrl(new URI(value(p, "base.url", source)), source); //$NON-NLS-1$
        } catch (URISyntaxException e) {
            throw invalid(source, "base.url", e.getMessage()); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID, e.getMessage() + ".", e); //$NON-NLS-1$
        }
        String downloadPath = value(p, "download.path", source); //$NON-NLS-1$
        if (downloadPath.contains(" ") || downloadPath.startsWith("/") || downloadPath.contains("://")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw invalid(source, "download.path", "a path relative to base.url without spaces, e.g. download"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Map<PortalAnswer, Pattern> answers = new EnumMap<>(PortalAnswer.class);
        for (PortalAnswer answer : PortalAnswer.values()) {
            try {
                answers.put(answer, Pattern.compile(value(p, answer.profileKey(), source)));
            } catch (PatternSyntaxException e) {
                throw invalid(source, answer.profileKey(), "not a valid regular expression: " + e.getDescription()); //$NON-NLS-1$
            }
        }
        int renewal;
        try {
            renewal = Integer.parseInt(value(p, "renewal.window.days", source)); //$NON-NLS-1$
        } catch (NumberFormatException e) {
            throw invalid(source, "renewal.window.days", "a whole number of days, e.g. 40"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (renewal < 1 || renewal > 365) {
            throw invalid(source, "renewal.window.days", "1-365 days"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String header = p.getProperty("header.first.download", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        String root = p.getProperty("issuer.expected.root", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        return new PortalProfile(source, value(p, "name", source), baseUrl, downloadPath, //$NON-NLS-1$
                field(p, "field.group", source), field(p, "field.number", source), field(p, "field.password", source), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                value(p, "content.type", source), value(p, "file.name.default", source), //$NON-NLS-1$ //$NON-NLS-2$
                header.isEmpty() ? Optional.empty() : Optional.of(header), answers, renewal,
                files(p, "tls.ca.files", source, folder), files(p, "issuer.ca.files", source, folder), //$NON-NLS-1$ //$NON-NLS-2$
                root.isEmpty() ? Optional.empty() : Optional.of(root), hosts(p, "issuer.fetch.hosts", source)); //$NON-NLS-1$
    }

    static URI checkBaseUrl(URI url, String source) {
        if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) { //$NON-NLS-1$
            throw new IllegalArgumentException(source + ": entry base.url: the portal must be an https:// address with a host, not '" //$NON-NLS-1$
                    + url + "'"); //$NON-NLS-1$
        }
        return url.getPath() == null || url.getPath().isEmpty() ? url.resolve("/") : url; //$NON-NLS-1$
    }

    private static String value(Properties p, String key, String source) throws PortalClientException {
        String value = p.getProperty(key, "").strip(); //$NON-NLS-1$
        if (value.isEmpty()) {
            throw invalid(source, key, "the entry is missing or empty"); //$NON-NLS-1$
        }
        return value;
    }

    private static String field(Properties p, String key, String source) throws PortalClientException {
        String value = value(p, key, source);
        if (!FIELD.matcher(value).matches()) {
            throw invalid(source, key, "a form field name of ASCII letters, digits and . _ - : [ ]"); //$NON-NLS-1$
        }
        return value;
    }

    private static List<Path> files(Properties p, String key, String source, Path folder) throws PortalClientException {
        List<Path> files = new ArrayList<>();
        for (String name : p.getProperty(key, "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            if (name.isBlank()) {
                continue;
            }
            Path file = Path.of(name.strip());
            if (!file.isAbsolute() && folder != null) {
                file = folder.resolve(file);
            }
            if (!Files.isReadable(file)) {
                throw invalid(source, key, "the file " + file + " does not exist or cannot be read"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            files.add(file);
        }
        return files;
    }

    private static List<String> hosts(Properties p, String key, String source) throws PortalClientException {
        List<String> hosts = new ArrayList<>();
        for (String name : p.getProperty(key, "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$
            String host = name.strip();
            if (host.isEmpty()) {
                continue;
            }
            if (!HOST.matcher(host).matches()) {
                throw invalid(source, key, "host names or host:port, comma-separated, not '" + host + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            hosts.add(host);
        }
        return hosts;
    }

    private static PortalClientException invalid(String source, String key, String what) {
        return new PortalClientException(ErrorCode.STORE_SETTINGS_INVALID,
                source + ": entry " + key + ": " + what + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
