package io.certdesk.portal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.certdesk.core.files.DurableFiles;
import io.certdesk.core.files.WriteMode;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.portal.internal.AdminHandler;
import io.certdesk.portal.internal.CertificateMaker;
import io.certdesk.portal.internal.DownloadDesk;
import io.certdesk.portal.internal.DownloadHandler;
import io.certdesk.portal.internal.LockPolicy;
import io.certdesk.portal.internal.PortalCa;
import io.certdesk.portal.internal.PortalSettings;
import io.certdesk.portal.internal.PropertiesFiles;
import io.certdesk.portal.internal.RecordStore;
import io.certdesk.portal.internal.RepositoryHandler;
import io.certdesk.portal.internal.TlsAuthority;

/**
 * A running reference portal: HTTPS on 127.0.0.1 ({@code /download}, {@code /admin/...}) and the CA
 * repository over plain HTTP where the certificates' AIA points. Its clock, "busy" switch and faults can
 * be changed while it runs. On start it writes {@code server.properties} and
 * {@code client-profile.properties} into the data folder. Close it to stop both servers.
 */
public final class ReferencePortal implements AutoCloseable {

    /** The JDK HTTP server's switch for TCP_NODELAY on the connections it accepts (module jdk.httpserver). */
    static final String NO_DELAY = "sun.net.httpserver.nodelay"; //$NON-NLS-1$

    private final HttpsServer https;
    private final HttpServer repository;
    private final ExecutorService executor;
    private final PortalClock clock;
    private final FaultInjector faults;
    private final AtomicBoolean busy;
    private final PortalDataFolder folder;
    private final URI repositoryUrl;

    private ReferencePortal(HttpsServer https, HttpServer repository, ExecutorService executor, PortalClock clock,
            FaultInjector faults, AtomicBoolean busy, PortalDataFolder folder, URI repositoryUrl) {
        this.https = https;
        this.repository = repository;
        this.executor = executor;
        this.clock = clock;
        this.faults = faults;
        this.busy = busy;
        this.folder = folder;
        this.repositoryUrl = repositoryUrl;
    }

    /** Starts a portal on a provisioned data folder. */
    public static ReferencePortal start(PortalServerConfig config) throws PortalException {
        Objects.requireNonNull(config, "config"); //$NON-NLS-1$
        PortalDataFolder folder = config.folder();
        if (!PortalSettings.exists(folder)) {
            throw new PortalException(ErrorCode.STORE_CANNOT_OPEN, "The folder " + folder.root() //$NON-NLS-1$
                    + " holds no reference portal yet: run 'certdesk portal provision --data " + folder.root() + " ...' first."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        PortalClock clock = new PortalClock(Clock.system(ZoneId.of("Asia/Tokyo")), config.clockOffset()); //$NON-NLS-1$
        FaultInjector faults = new FaultInjector();
        AtomicBoolean busy = new AtomicBoolean();
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        HttpsServer https = null;
        HttpServer repository = null;
        try {
            SecureRandom random = new SecureRandom();
            CertificateMaker maker = new CertificateMaker(random);
            PortalSettings settings = PortalSettings.load(folder);
            PortalCa ca = PortalCa.loadOrCreate(folder, settings, maker, clock.instant());
            TlsAuthority tls = TlsAuthority.loadOrCreate(folder, maker, clock.instant());
            SSLContext context = tls.serverContext(folder, config.tlsHostNames(), maker, clock.instant());
            InetAddress loopback = InetAddress.getByName("127.0.0.1"); //$NON-NLS-1$
            answerWithoutDelay();
            https = HttpsServer.create(new InetSocketAddress(loopback, config.port()), 64);
            https.setHttpsConfigurator(new HttpsConfigurator(context));
            DownloadDesk desk = new DownloadDesk(new RecordStore(folder), clock,
                    new LockPolicy(config.maxFailures(), config.lockUntil(), ZoneId.of("Asia/Tokyo")), //$NON-NLS-1$
                    config.redownloadWindow(), busy);
            https.createContext("/", new DownloadHandler(desk, faults)); //$NON-NLS-1$
            https.createContext(AdminHandler.PATH, new AdminHandler(adminToken(folder, random), clock, busy, faults));
            https.setExecutor(executor);
            if (config.serveRepository()) {
                URI url = settings.repositoryUrl();
                repository = HttpServer.create(new InetSocketAddress(InetAddress.getByName(url.getHost()), url.getPort()), 64);
                repository.createContext(url.getPath(), new RepositoryHandler(url.getPath(), ca.root(),
                        ca.intermediate().certificate()));
                repository.setExecutor(executor);
                repository.start();
            }
            https.start();
            ReferencePortal portal = new ReferencePortal(https, repository, executor, clock, faults, busy, folder,
                    settings.repositoryUrl());
            portal.writeServerFiles(config);
            return portal;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            if (https != null) {
                https.stop(0);
            }
            if (repository != null) {
                repository.stop(0);
            }
            executor.shutdownNow();
            throw new PortalException(ErrorCode.COMM_INIT_FAILED, "The reference portal could not start on " //$NON-NLS-1$
                    + folder.root() + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * The JDK's server writes a response's headers and its body in separate writes. Without TCP_NODELAY, Nagle's
     * algorithm holds the body back until the client acknowledges the headers, and a client delays that
     * acknowledgement (40 ms on Linux): most answers then took some 40 ms instead of the 4 ms of their work, a stall
     * no real portal has, which every sequential client (a test, a script) paid on each request. The server reads
     * {@value #NO_DELAY} once, when the JVM creates its first JDK HTTP server; a value given on the command line
     * stays.
     */
    private static void answerWithoutDelay() {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true"); //$NON-NLS-1$
        }
    }

    private static String adminToken(PortalDataFolder folder, SecureRandom random) throws IOException {
        if (java.nio.file.Files.isRegularFile(folder.adminToken())) {
            return java.nio.file.Files.readString(folder.adminToken(), StandardCharsets.US_ASCII).strip();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        DurableFiles.write(folder.adminToken(), (token + '\n').getBytes(StandardCharsets.US_ASCII), WriteMode.REPLACE);
        return token;
    }

    private void writeServerFiles(PortalServerConfig config) throws IOException {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("base.url", baseUrl().toString()); //$NON-NLS-1$
        info.put("port", Integer.toString(port())); //$NON-NLS-1$
        info.put("repository.url", repositoryUrl.toString()); //$NON-NLS-1$
        info.put("tls.ca.file", folder.tlsCaCertificate().toString()); //$NON-NLS-1$
        info.put("tls.host.names", String.join(",", config.tlsHostNames())); //$NON-NLS-1$ //$NON-NLS-2$
        PropertiesFiles.write(folder.serverInfo(), info, "CertDesk reference portal: written when it started."); //$NON-NLS-1$
        Map<String, String> profile = new LinkedHashMap<>();
        profile.put("name", "CertDesk reference portal (" + folder.root() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        profile.put("base.url", baseUrl().toString()); //$NON-NLS-1$
        profile.put("tls.ca.files", folder.tlsCaCertificate().toString()); //$NON-NLS-1$
        profile.put("issuer.ca.files", folder.rootCertificate() + "," + folder.intermediateCertificate()); //$NON-NLS-1$ //$NON-NLS-2$
        profile.put("issuer.expected.root", "CN=" + PortalCa.ROOT_CN + ",O=" + PortalCa.CA_ORGANIZATION + ",C=JP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (repository != null) {
            profile.put("issuer.fetch.hosts", repositoryUrl.getPort() < 0 ? repositoryUrl.getHost() //$NON-NLS-1$
                    : repositoryUrl.getHost() + ':' + repositoryUrl.getPort());
        }
        PropertiesFiles.write(folder.clientProfile(), profile,
                "Portal profile for 'certdesk fetch --profile' (written by the reference portal when it started).\n" //$NON-NLS-1$
                        + "Keys not listed here take the reference portal's values; see docs/portal-protocol.md."); //$NON-NLS-1$
    }

    /** {@code https://127.0.0.1:PORT/} */
    public URI baseUrl() {
        return URI.create("https://127.0.0.1:" + port() + '/'); //$NON-NLS-1$
    }

    public int port() {
        return https.getAddress().getPort();
    }

    /** The plain-HTTP repository the AIA extensions point at. */
    public URI repositoryUrl() {
        return repositoryUrl;
    }

    public PortalDataFolder folder() {
        return folder;
    }

    public PortalClock clock() {
        return clock;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** Switches the "busy" answer on or off. */
    public void busy(boolean on) {
        busy.set(on);
    }

    @Override
    public void close() {
        https.stop(0);
        if (repository != null) {
            repository.stop(0);
        }
        executor.shutdownNow();
    }
}
