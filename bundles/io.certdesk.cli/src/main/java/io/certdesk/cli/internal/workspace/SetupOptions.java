package io.certdesk.cli.internal.workspace;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.core.secrets.Secret;
import io.certdesk.core.secrets.SecretReadException;
import io.certdesk.core.secrets.SecretReader;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.jobs.JobException;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.MailConfiguration;
import io.certdesk.jobs.WorkspaceSession;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Option;

/**
 * The options a new workspace and {@code workspace config} share besides the portal profile: the proxy (with Basic
 * authentication), the generated-password policy and the mail settings. {@code workspace init}, {@code workspace
 * config} (through {@link ConfigOptions}) and {@code run --init} take them. An option left out leaves that part as it
 * is. Passwords come from files (first line), never from the command line.
 */
public final class SetupOptions {

    @Option(names = "--proxy", paramLabel = "none|system|HOST:PORT", descriptionKey = "ws.proxy")
    String proxy;

    @Option(names = "--proxy-user", paramLabel = "USER", descriptionKey = "ws.proxy-user")
    String proxyUser;

    @Option(names = "--proxy-password-file", paramLabel = "F", descriptionKey = "ws.proxy-password-file")
    Path proxyPasswordFile;

    @Option(names = "--password-length", paramLabel = "N", descriptionKey = "ws.password-length")
    Integer passwordLength;

    @Option(names = "--password-chars", paramLabel = "upper,lower,digits,symbols", split = ",", descriptionKey = "ws.password-chars")
    List<String> passwordChars;

    @Option(names = "--mail-settings", paramLabel = "FILE", descriptionKey = "ws.mail-settings")
    Path mailSettings;

    /** Whether any of these options was given. */
    public boolean any() {
        return proxy != null || proxyUser != null || proxyPasswordFile != null || passwordLength != null
                || passwordChars != null || mailSettings != null;
    }

    /**
     * The settings with the given options applied.
     *
     * @throws IllegalArgumentException naming the option when a value is not valid
     */
    public WorkspaceSettings apply(WorkspaceSettings settings) {
        WorkspaceSettings result = settings;
        ProxySettings network = proxy == null ? result.proxy() : parseProxy(proxy);
        if (proxyUser != null) {
            if (network.isDirect()) {
                throw new IllegalArgumentException(Messages.proxyUserWithoutProxy);
            }
            network = proxyUser.isBlank() ? withoutUser(network) : network.withCredentials(proxyUser.strip(), new char[0]);
        }
        result = result.withProxy(network);
        if (passwordLength != null || passwordChars != null) {
            PasswordPolicy current = result.passwordPolicy();
            int length = passwordLength != null ? passwordLength.intValue() : current.length();
            Set<PasswordPolicy.CharacterClass> classes = passwordChars != null ? characterClasses(passwordChars)
                    : current.classes();
            try {
                result = result.withPasswordPolicy(PasswordPolicy.of(length, classes));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.passwordPolicyInvalid, Integer.toString(length)), e);
            }
        }
        return result;
    }

    /** Stores the proxy password and the mail settings, when given, in the open workspace. */
    public void applyStored(JobService jobs, WorkspaceSession session) throws JobException {
        if (proxyPasswordFile != null) {
            try (Secret password = readSecret(proxyPasswordFile, "--proxy-password-file")) { //$NON-NLS-1$
                char[] copy = password.copy();
                try {
                    jobs.storeProxyPassword(session, copy);
                } finally {
                    java.util.Arrays.fill(copy, '\0');
                }
            }
        }
        if (mailSettings != null) {
            jobs.configureMail(session, MailConfiguration.load(mailSettings));
        }
    }

    private static ProxySettings withoutUser(ProxySettings network) {
        return network.mode() == ProxySettings.Mode.MANUAL
                ? ProxySettings.manual(network.host().orElseThrow(), network.port())
                : ProxySettings.system();
    }

    private static Set<PasswordPolicy.CharacterClass> characterClasses(List<String> names) {
        Set<PasswordPolicy.CharacterClass> classes = EnumSet.noneOf(PasswordPolicy.CharacterClass.class);
        for (String name : names) {
            try {
                classes.add(PasswordPolicy.CharacterClass.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.passwordCharsInvalid, name), e);
            }
        }
        return classes;
    }

    private static ProxySettings parseProxy(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "none", "direct" -> ProxySettings.direct(); //$NON-NLS-1$ //$NON-NLS-2$
            case "system" -> ProxySettings.system(); //$NON-NLS-1$
            default -> {
                try {
                    yield ProxySettings.parseHostPort(value.strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(NLS.bind(Messages.proxyInvalid, value), e);
                }
            }
        };
    }

    private static Secret readSecret(Path file, String option) throws JobException {
        try {
            return SecretReader.firstLine(file);
        } catch (SecretReadException e) {
            throw new JobException(ErrorCode.STORE_SETTINGS_INVALID,
                    NLS.bind(Messages.secretFileUnreadable, new Object[] { file, option, e.reason() }), e);
        }
    }
}
