package io.certdesk.workspace.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.workspace.CertificateSource;
import io.certdesk.workspace.DownloadRequest;
import io.certdesk.workspace.DownloadResult;

/** A {@link CertificateSource} over HTTP to a {@link FakePortal}, as the portal client will be adapted. */
public final class PortalSource implements CertificateSource {

    private final URI uri;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PortalSource(URI uri) {
        this.uri = uri;
    }

    @Override
    public DownloadResult download(DownloadRequest request) {
        String form = "group=" + enc(request.groupId()) + "&number=" + enc(request.certificateNumber()) + "&password="
                + enc(new String(request.retrievalPassword()));
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return switch (response.statusCode()) {
                case 200 -> new DownloadResult.Downloaded(response.body(), "EndUser.p12",
                        response.headers().firstValue("X-First-Download").map(Instant::parse));
                case 410 -> new DownloadResult.Failed(ErrorCode.UNKNOWN, "the portal says: already downloaded", true);
                default -> new DownloadResult.Failed(ErrorCode.UNKNOWN, "HTTP " + response.statusCode(), false);
            };
        } catch (Exception e) {
            return new DownloadResult.Failed(ErrorCode.UNKNOWN, e.getClass().getSimpleName(), false);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
