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
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;

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
                + enc(request.secret().apply(String::new));
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return switch (response.statusCode()) {
                case 200 -> new DownloadResult.Success(response.body(), "EndUser.p12",
                        response.headers().firstValue("X-First-Download").map(Instant::parse));
                case 410 -> new DownloadResult.Failure(ErrorCode.PORTAL_NOT_AVAILABLE, "the portal says: already downloaded");
                default -> new DownloadResult.Failure(ErrorCode.UNKNOWN, "HTTP " + response.statusCode());
            };
        } catch (Exception e) {
            return new DownloadResult.Failure(ErrorCode.UNKNOWN, e.getClass().getSimpleName());
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
