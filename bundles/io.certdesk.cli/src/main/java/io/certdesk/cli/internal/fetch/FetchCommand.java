package io.certdesk.cli.internal.fetch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import io.certdesk.core.net.ProxySettings;
import io.certdesk.portal.client.CertificateFiles;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.DownloadRequest;
import io.certdesk.portal.client.DownloadResult;
import io.certdesk.portal.client.PortalClient;
import io.certdesk.portal.client.PortalClientException;
import io.certdesk.portal.client.PortalProfile;
import io.certdesk.portal.client.PortalProfiles;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk fetch}: downloads one certificate, as administrators do today with the single-certificate
 * tool. Prints the catalogue code and what to do on failure (exit 1); never leaves a partial file.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false)
public final class FetchCommand implements Callable<Integer> {

    private static final DateTimeFormatter JAPAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z") //$NON-NLS-1$
            .withZone(ZoneId.of("Asia/Tokyo")); //$NON-NLS-1$

    @Spec
    private CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FILE")
    private Path profile;

    @Option(names = "--group", required = true, paramLabel = "G")
    private String group;

    @Option(names = "--number", required = true, paramLabel = "N")
    private String number;

    @Option(names = "--password-file", required = true, paramLabel = "F")
    private Path passwordFile;

    @Option(names = "--out", required = true, paramLabel = "FILE.p12")
    private Path out;

    @Option(names = "--proxy", paramLabel = "HOST:PORT")
    private String proxy;

    @Option(names = "--system-proxy")
    private boolean systemProxy;

    @Option(names = "--proxy-user", paramLabel = "U")
    private String proxyUser;

    @Option(names = "--proxy-password-file", paramLabel = "F")
    private Path proxyPasswordFile;

    @Option(names = "--ca-file", paramLabel = "FILE")
    private List<Path> caFiles;

    @Option(names = "--connect-timeout", paramLabel = "S", defaultValue = "10")
    private int connectTimeout;

    @Option(names = "--response-timeout", paramLabel = "S", defaultValue = "30")
    private int responseTimeout;

    @Option(names = "--deadline", paramLabel = "S", defaultValue = "60")
    private int deadline;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = Locale.getDefault();
        if (proxy != null && systemProxy) {
            throw new ParameterException(spec.commandLine(), Messages.fetchProxyChoice);
        }
        if ((proxyUser == null) != (proxyPasswordFile == null)) {
            throw new ParameterException(spec.commandLine(), Messages.fetchProxyCredentials);
        }
        if (proxyUser != null && proxy == null && !systemProxy) {
            throw new ParameterException(spec.commandLine(), Messages.fetchProxyCredentials);
        }
        if (connectTimeout < 1 || responseTimeout < 1 || deadline < 1) {
            throw new ParameterException(spec.commandLine(), Messages.fetchTimeouts);
        }
        char[] password = null;
        char[] proxyPassword = null;
        ProxySettings proxyConfig = ProxySettings.direct();
        try {
            PortalProfile portal = profile != null ? PortalProfiles.load(profile) : PortalProfiles.reference();
            if (proxy != null) {
                try {
                    proxyConfig = ProxySettings.parseHostPort(proxy);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), NLS.bind(Messages.fetchProxyInvalid, proxy));
                }
            } else if (systemProxy) {
                proxyConfig = ProxySettings.system();
            }
            if (proxyUser != null) {
                proxyPassword = SecretFiles.read(proxyPasswordFile, "--proxy-password-file"); //$NON-NLS-1$
                proxyConfig = proxyConfig.withCredentials(proxyUser, proxyPassword);
            }
            password = SecretFiles.read(passwordFile, "--password-file"); //$NON-NLS-1$
            ClientSettings settings = ClientSettings.defaults().withConcurrency(1)
                    .withTimeouts(Duration.ofSeconds(connectTimeout), Duration.ofSeconds(responseTimeout),
                            Duration.ofSeconds(deadline))
                    .withProxy(proxyConfig).withExtraCaFiles(caFiles == null ? List.of() : caFiles);
            DownloadResult result;
            try (PortalClient client = PortalClient.open(portal, settings);
                    DownloadRequest request = new DownloadRequest(group, number, password)) {
                result = client.download(request);
            }
            String subject = group.strip() + '/' + number.strip();
            if (result instanceof DownloadResult.Failure failure) {
                ErrorReport.print(err, failure.code(), subject, failure.detail(), locale);
                return 1;
            }
            DownloadResult.Success success = (DownloadResult.Success) result;
            CertificateFiles.writeNew(out, success.pkcs12());
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(NLS.bind(Messages.fetchSaved, new Object[] { subject, out.toAbsolutePath(),
                    Integer.toString(success.pkcs12().length), success.fileName() }));
            success.firstDownload().ifPresent(first -> stdout.println(NLS.bind(Messages.fetchFirstDownload,
                    JAPAN_TIME.format(first), JAPAN_TIME.format(first.plus(Duration.ofHours(24))))));
            stdout.flush();
            return 0;
        } catch (PortalClientException e) {
            ErrorReport.print(err, e.code(), profile != null ? profile.toString() : out.toString(), e.getMessage(), locale);
            return 1;
        } finally {
            proxyConfig.close();
            if (password != null) {
                Arrays.fill(password, '\0');
            }
            if (proxyPassword != null) {
                Arrays.fill(proxyPassword, '\0');
            }
        }
    }
}
