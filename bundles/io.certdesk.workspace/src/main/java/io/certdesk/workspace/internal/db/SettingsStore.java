package io.certdesk.workspace.internal.db;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.RootPin;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;

/** {@link WorkspaceSettings} in the {@code settings} and {@code trusted_certificates} tables. */
public final class SettingsStore {

    private SettingsStore() {
    }

    public static void write(Connection c, WorkspaceSettings settings) throws SQLException {
        Map<String, String> values = new HashMap<>();
        values.put("renewal.windowDays", Integer.toString(settings.renewalWindowDays())); //$NON-NLS-1$
        values.put("window.marginMinutes", Long.toString(settings.windowMargin().toMinutes())); //$NON-NLS-1$
        values.put("export.profile", settings.exportProfile().id()); //$NON-NLS-1$
        values.put("export.iterations", Integer.toString(settings.exportIterations())); //$NON-NLS-1$
        WorkspaceTrust trust = settings.trust();
        values.put("trust.rootFingerprint", trust.pinnedRoot().map(RootPin::hex).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("trust.rootSha256", ""); //$NON-NLS-1$ //$NON-NLS-2$ (before SHA-1 pins: read, never written)
        values.put("trust.expectedRoot", trust.expectedRoot().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("trust.expectedIssuer", trust.expectedIssuer().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("trust.fetchIssuers", Boolean.toString(trust.fetchIssuers())); //$NON-NLS-1$
        values.put("trust.fetchHosts", String.join(",", trust.fetchHosts())); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("password.length", Integer.toString(settings.passwordPolicy().length())); //$NON-NLS-1$
        values.put("password.classes", settings.passwordPolicy().classes().stream().sorted().map(Enum::name) //$NON-NLS-1$
                .collect(Collectors.joining(","))); //$NON-NLS-1$
        ProxySettings proxy = settings.proxy();
        values.put("proxy.mode", proxy.mode().name()); //$NON-NLS-1$
        values.put("proxy.host", proxy.host().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("proxy.port", Integer.toString(proxy.port())); //$NON-NLS-1$
        values.put("proxy.user", proxy.user().orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        values.put("portal.profile", settings.portalProfile().map(Path::toString).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)")) { //$NON-NLS-1$
            for (Map.Entry<String, String> value : values.entrySet()) {
                s.setString(1, value.getKey());
                s.setString(2, value.getValue());
                s.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM trusted_certificates"); //$NON-NLS-1$
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO trusted_certificates (der) VALUES (?)")) { //$NON-NLS-1$
            for (X509Certificate certificate : trust.trustedCertificates()) {
                s.setBytes(1, certificate.getEncoded());
                s.executeUpdate();
            }
        } catch (CertificateEncodingException e) {
            throw new SQLException("cannot encode a trusted certificate", e); //$NON-NLS-1$
        }
    }

    public static WorkspaceSettings read(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM settings")) { //$NON-NLS-1$
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        List<X509Certificate> trusted = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT der FROM trusted_certificates ORDER BY id")) { //$NON-NLS-1$
            CertificateFactory factory = CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
            while (rs.next()) {
                trusted.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(rs.getBytes(1))));
            }
        } catch (CertificateException e) {
            throw new SQLException("a trusted certificate in the store is damaged", e); //$NON-NLS-1$
        }
        WorkspaceSettings d = WorkspaceSettings.defaults();
        try {
            return new WorkspaceSettings(
                    Integer.parseInt(values.getOrDefault("renewal.windowDays", Integer.toString(d.renewalWindowDays()))), //$NON-NLS-1$
                    Duration.ofMinutes(Long.parseLong(values.getOrDefault("window.marginMinutes", Long.toString(d.windowMargin().toMinutes())))), //$NON-NLS-1$
                    ExportProfile.fromId(values.getOrDefault("export.profile", d.exportProfile().id())).orElse(d.exportProfile()), //$NON-NLS-1$
                    Integer.parseInt(values.getOrDefault("export.iterations", Integer.toString(d.exportIterations()))), //$NON-NLS-1$
                    new WorkspaceTrust(trusted,
                            nonEmpty(values.get("trust.rootFingerprint")).or(() -> nonEmpty(values.get("trust.rootSha256"))) //$NON-NLS-1$ //$NON-NLS-2$
                                    .map(RootPin::parse),
                            nonEmpty(values.get("trust.expectedRoot")), nonEmpty(values.get("trust.expectedIssuer")), //$NON-NLS-1$ //$NON-NLS-2$
                            Boolean.parseBoolean(values.getOrDefault("trust.fetchIssuers", "false")), //$NON-NLS-1$ //$NON-NLS-2$
                            nonEmpty(values.get("trust.fetchHosts")).map(h -> List.of(h.split(","))).orElse(List.of())), //$NON-NLS-1$
                    policy(values, d.passwordPolicy()), proxy(values, d.proxy()),
                    nonEmpty(values.get("portal.profile")).map(Path::of)); //$NON-NLS-1$
        } catch (IllegalArgumentException e) { // NumberFormatException and InvalidPathException too
            throw new SQLException("a workspace setting is damaged: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static PasswordPolicy policy(Map<String, String> values, PasswordPolicy fallback) {
        String length = values.get("password.length"); //$NON-NLS-1$
        String classes = values.get("password.classes"); //$NON-NLS-1$
        if (length == null || classes == null) {
            return fallback;
        }
        Set<PasswordPolicy.CharacterClass> chosen = EnumSet.noneOf(PasswordPolicy.CharacterClass.class);
        for (String name : classes.split(",")) { //$NON-NLS-1$
            if (!name.isBlank()) {
                chosen.add(PasswordPolicy.CharacterClass.valueOf(name.strip()));
            }
        }
        return PasswordPolicy.of(Integer.parseInt(length), chosen);
    }

    private static ProxySettings proxy(Map<String, String> values, ProxySettings fallback) {
        String mode = values.get("proxy.mode"); //$NON-NLS-1$
        if (mode == null) {
            return fallback;
        }
        Optional<String> user = nonEmpty(values.get("proxy.user")); //$NON-NLS-1$
        ProxySettings proxy = switch (ProxySettings.Mode.valueOf(mode)) {
            case DIRECT -> ProxySettings.direct();
            case SYSTEM -> ProxySettings.system();
            case MANUAL -> ProxySettings.manual(values.getOrDefault("proxy.host", ""), //$NON-NLS-1$ //$NON-NLS-2$
                    Integer.parseInt(values.getOrDefault("proxy.port", "0"))); //$NON-NLS-1$ //$NON-NLS-2$
        };
        return user.isPresent() && !proxy.isDirect() ? proxy.withCredentials(user.get(), new char[0]) : proxy;
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
