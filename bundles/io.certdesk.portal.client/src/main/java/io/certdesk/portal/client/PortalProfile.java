package io.certdesk.portal.client;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to talk to one issuing portal: where its download form posts to, the form's field names, the
 * content type of a PKCS#12 answer, how each error answer is recognised, its renewal window, and which CA
 * certificates to trust (TLS, and the issuing chain with its expected root). Read from a commented,
 * editable properties file by {@link PortalProfiles}; docs/portal-protocol.md describes every key.
 */
public final class PortalProfile {

    private final String source;
    private final String name;
    private final URI baseUrl;
    private final String downloadPath;
    private final String groupField;
    private final String numberField;
    private final String passwordField;
    private final String contentType;
    private final String defaultFileName;
    private final Optional<String> firstDownloadHeader;
    private final Map<PortalAnswer, Pattern> answers;
    private final int renewalWindowDays;
    private final List<Path> tlsCaFiles;
    private final List<Path> issuerCaFiles;
    private final Optional<String> expectedRoot;
    private final List<String> issuerFetchHosts;

    PortalProfile(String source, String name, URI baseUrl, String downloadPath, String groupField, String numberField,
            String passwordField, String contentType, String defaultFileName, Optional<String> firstDownloadHeader,
            Map<PortalAnswer, Pattern> answers, int renewalWindowDays, List<Path> tlsCaFiles, List<Path> issuerCaFiles,
            Optional<String> expectedRoot, List<String> issuerFetchHosts) {
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.name = name;
        this.baseUrl = baseUrl;
        this.downloadPath = downloadPath;
        this.groupField = groupField;
        this.numberField = numberField;
        this.passwordField = passwordField;
        this.contentType = contentType;
        this.defaultFileName = defaultFileName;
        this.firstDownloadHeader = firstDownloadHeader;
        this.answers = new EnumMap<>(answers);
        this.renewalWindowDays = renewalWindowDays;
        this.tlsCaFiles = List.copyOf(tlsCaFiles);
        this.issuerCaFiles = List.copyOf(issuerCaFiles);
        this.expectedRoot = expectedRoot;
        this.issuerFetchHosts = List.copyOf(issuerFetchHosts);
    }

    /** The file the profile came from, or {@code reference}. */
    public String source() {
        return source;
    }

    public String name() {
        return name;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /** base URL + download path. */
    public URI downloadUrl() {
        return baseUrl.resolve(downloadPath);
    }

    public String groupField() {
        return groupField;
    }

    public String numberField() {
        return numberField;
    }

    public String passwordField() {
        return passwordField;
    }

    /** The media type of a PKCS#12 answer, e.g. {@code application/x-pkcs12}. */
    public String contentType() {
        return contentType;
    }

    public String defaultFileName() {
        return defaultFileName;
    }

    public Optional<String> firstDownloadHeader() {
        return firstDownloadHeader;
    }

    /** The pattern that recognises an error answer. */
    public Pattern answerPattern(PortalAnswer answer) {
        return answers.get(answer);
    }

    /** Days before expiry from which the service accepts a renewal. */
    public int renewalWindowDays() {
        return renewalWindowDays;
    }

    public List<Path> tlsCaFiles() {
        return tlsCaFiles;
    }

    public List<Path> issuerCaFiles() {
        return issuerCaFiles;
    }

    /** The expected root: its subject DN, or its SHA-1 thumbprint or SHA-256 fingerprint, as the profile gives it. */
    public Optional<String> expectedRoot() {
        return expectedRoot;
    }

    /**
     * The issuing CA certificates of {@code issuer.ca.files}, read now (PEM or DER).
     *
     * @throws PortalClientException naming the file when one cannot be read
     */
    public List<java.security.cert.X509Certificate> issuerCertificates() throws PortalClientException {
        return io.certdesk.portal.client.internal.CaCertificates.read(issuerCaFiles);
    }

    /** The hosts ({@code host} or {@code host:port}) AIA downloads may go to: the service's CA repository. */
    public List<String> issuerFetchHosts() {
        return issuerFetchHosts;
    }

    /** The same profile at another base URL (e.g. the port a test portal got). */
    public PortalProfile withBaseUrl(URI newBaseUrl) {
        return new PortalProfile(source, name, PortalProfiles.checkBaseUrl(newBaseUrl, source), downloadPath, groupField,
                numberField, passwordField, contentType, defaultFileName, firstDownloadHeader, answers, renewalWindowDays,
                tlsCaFiles, issuerCaFiles, expectedRoot, issuerFetchHosts);
    }

    /** The same profile trusting these TLS CA files instead. */
    public PortalProfile withTlsCaFiles(List<Path> files) {
        return new PortalProfile(source, name, baseUrl, downloadPath, groupField, numberField, passwordField, contentType,
                defaultFileName, firstDownloadHeader, answers, renewalWindowDays, files, issuerCaFiles, expectedRoot,
                issuerFetchHosts);
    }

    @Override
    public String toString() {
        return "PortalProfile[" + name + ", " + downloadUrl() + ", from " + source + ']'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
