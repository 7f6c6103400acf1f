package io.certdesk.cli.internal.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.jobs.JobEvent;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.JobServices;
import io.certdesk.workspace.PipelineStage;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import io.certdesk.workspace.Workspaces;
import picocli.CommandLine;

/** {@code import} with rejected rows and {@code run} twice against a real loopback portal. */
class BatchCommandsTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path temp;

    private Path workspace() throws Exception {
        Path passphrase = temp.resolve("passphrase.txt");
        Files.writeString(passphrase, PASSPHRASE + "\n");
        Path folder = temp.resolve("ws");
        WorkspaceSettings settings = WorkspaceSettings.defaults()
                .withTrust(WorkspaceTrust.trusting(List.of(new io.certdesk.workspace.testing.TestCertificates().root)));
        try (Workspace created = Workspaces.create(folder, PASSPHRASE.toCharArray(), settings, Clock.systemUTC())) {
            assertTrue(Files.isDirectory(created.folder()));
        }
        return folder;
    }

    private List<Entry> entries(Path folder) throws Exception {
        try (Workspace opened = Workspaces.open(folder, PASSPHRASE.toCharArray(), Clock.systemUTC())) {
            return opened.entries();
        }
    }

    private int execute(Object command, StringWriter out, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        return line.execute(args);
    }

    @Test
    void importReportsRejectedRowsAndLeavesThemOut() throws Exception {
        Path folder = workspace();
        Path roster = temp.resolve("roster.csv");
        Files.writeString(roster, "\uFEFFグループID,証明書番号,取得パスワード,氏名,メールアドレス\r\n"
                + "GROUP-A,12345678,Secret-1,山田 太郎,taro@example.jp\r\n"
                + "GROUP-A,12345679,Secret-2,佐藤 花子,not-an-address\r\n"
                + "GROUP-A,,Secret-3,鈴木 一郎,ichiro@example.jp\r\n"
                + "GROUP-A,12345680,Secret-4,田中 次郎,jiro@example.jp\r\n", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        int exit = execute(new ImportCommand(JobServices.create(RosterReaders.create(), Pkcs12Engines.create())), out, roster.toString(), "--workspace",
                folder.toString(), "--passphrase-file", temp.resolve("passphrase.txt").toString());
        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().contains("2 rejected"), out.toString());
        assertTrue(out.toString().contains("Not imported: row 3"), out.toString());
        assertTrue(out.toString().contains("Not imported: row 4"), out.toString());
        assertTrue(!out.toString().contains("Secret-"), "a retrieval password was printed");
        List<Entry> entries = entries(folder);
        assertEquals(List.of("12345678", "12345680"), entries.stream().map(Entry::certificateNumber).sorted().toList());
    }

    @Test
    void runTwiceDownloadsOnce() throws Exception {
        PortalDataFolder data = new PortalDataFolder(temp.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("RUN-TWICE", 3));
        Path roster = temp.resolve("roster.csv");
        Rosters.write(roster, issued, Locale.ENGLISH);
        issued.forEach(IssuedCertificate::clear);
        Path folder = temp.resolve("ws");
        Files.writeString(temp.resolve("passphrase.txt"), PASSPHRASE + "\n");
        java.security.cert.X509Certificate root;
        try (var in = Files.newInputStream(data.rootCertificate())) {
            root = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
        try (Workspace created = Workspaces.create(folder, PASSPHRASE.toCharArray(),
                WorkspaceSettings.defaults().withTrust(WorkspaceTrust.trusting(List.of(root))),
                Clock.systemUTC())) {
            assertTrue(Files.isDirectory(created.folder()));
        }
        AtomicInteger downloads = new AtomicInteger();
        JobService counting = countingDownloads(JobServices.create(RosterReaders.create(), Pkcs12Engines.create()), downloads);
        try (ReferencePortal portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository())) {
            for (int run = 1; run <= 2; run++) {
                StringWriter out = new StringWriter();
                int exit = execute(new RunCommand(counting), out,
                        roster.toString(), "--workspace", folder.toString(), "--passphrase-file",
                        temp.resolve("passphrase.txt").toString(), "--profile", data.clientProfile().toString(),
                        "--out", temp.resolve("result-" + run + ".xlsx").toString());
                assertEquals(0, exit, out.toString());
                assertTrue(out.toString().contains("delivery skipped"), out.toString());
                assertTrue(Files.isRegularFile(temp.resolve("result-" + run + ".xlsx")));
            }
        }
        assertEquals(3, downloads.get(), "the second run downloaded again");
        entries(folder).forEach(e -> assertEquals(EntryState.EXPORTED, e.state(), e.toString()));
    }

    /**
     * A batch whose delivery cannot work (passwords by mail, no password recipient in the roster) stops before any
     * download with one message counting the rows. Before the fix every certificate was downloaded and exported and
     * the delivery then failed once per row with [408].
     */
    @Test
    void runStopsBeforeDownloadingWhenTheDeliveryCannotWork() throws Exception {
        PortalDataFolder data = new PortalDataFolder(temp.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")),
                new BouncyCastleProvider()).provision(ProvisioningRequest.of("NO-RECIPIENT", 3));
        Path roster = temp.resolve("roster.csv");
        Rosters.write(roster, issued, Locale.ENGLISH);
        issued.forEach(IssuedCertificate::clear);
        Path folder = temp.resolve("ws");
        Files.writeString(temp.resolve("passphrase.txt"), PASSPHRASE + "\n");
        java.security.cert.X509Certificate root;
        try (var in = Files.newInputStream(data.rootCertificate())) {
            root = (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(in);
        }
        try (Workspace created = Workspaces.create(folder, PASSPHRASE.toCharArray(),
                WorkspaceSettings.defaults().withTrust(io.certdesk.workspace.WorkspaceTrust.trusting(List.of(root))),
                Clock.systemUTC())) {
            assertTrue(Files.isDirectory(created.folder()));
        }
        Files.writeString(folder.resolve(JobService.MAIL_SETTINGS_FILE), "from=admin@corp.example.jp\n"
                + "smtp.host=127.0.0.1\nsmtp.port=2525\nsmtp.security=NONE_LOOPBACK_ONLY\npassword.channel=mail\n");
        AtomicInteger downloads = new AtomicInteger();
        JobService counting = countingDownloads(JobServices.create(RosterReaders.create(), Pkcs12Engines.create()), downloads);
        try (ReferencePortal portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository())) {
            StringWriter out = new StringWriter();
            int exit = execute(new RunCommand(counting), out, roster.toString(), "--workspace", folder.toString(),
                    "--passphrase-file", temp.resolve("passphrase.txt").toString(), "--profile",
                    data.clientProfile().toString());
            assertEquals(1, exit, out.toString());
            assertTrue(out.toString().contains("Nothing was downloaded"), out.toString());
            assertTrue(out.toString().contains("[408] 3 rows have no password recipient"), out.toString());
            assertEquals(1, out.toString().split("\\[408\\]", -1).length - 1, "one line for all rows: " + out);
        }
        assertEquals(0, downloads.get(), "a certificate was downloaded");
        entries(folder).forEach(e -> assertEquals(EntryState.IMPORTED, e.state(), e.toString()));
    }

    /** The job service, counting the downloads that finished (what the portal actually served). */
    private static JobService countingDownloads(JobService jobs, AtomicInteger downloads) {
        return (JobService) Proxy.newProxyInstance(JobService.class.getClassLoader(), new Class<?>[] { JobService.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("run") && args != null && args[2] instanceof JobListener listener) {
                        args[2] = (JobListener) event -> {
                            if (event.kind() == JobEvent.Kind.ENTRY_FINISHED
                                    && event.stage().equals(Optional.of(PipelineStage.DOWNLOAD))) {
                                downloads.incrementAndGet();
                            }
                            listener.event(event);
                        };
                    }
                    try {
                        return method.invoke(jobs, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
