package io.certdesk.cli.internal.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.eclipse.osgi.util.NLS;

import io.certdesk.jobs.internal.MailSettingsFile;
import io.certdesk.jobs.internal.PortalCertificateSource;
import io.certdesk.jobs.internal.WorkspaceDelivery;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.delivery.LoopbackMailSink;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.portal.client.ClientSettings;
import io.certdesk.portal.client.PortalProfiles;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReader;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RunSummary;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.Workspaces;

/**
 * {@code certdesk demo}: everything on loopback in this process. A reference portal with N users, the roster,
 * a workspace with a generated passphrase, download over HTTPS, verify, export, delivery to the demo mail sink
 * (its messages land in the workspace outbox), the result workbook, then both servers stop.
 */
final class Demo {

    static final String GROUP = "CERTDESK-DEMO"; //$NON-NLS-1$
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_DIR = PosixFilePermissions
            .asFileAttribute(PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_FILE = PosixFilePermissions
            .asFileAttribute(PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray(); //$NON-NLS-1$

    /** Where the demo put things. */
    record Outcome(Path folder, Path roster, Path workspace, Path exports, Path outbox, Path result,
            Map<EntryState, Integer> counts) {
        boolean allDone() {
            return counts.entrySet().stream().allMatch(e -> e.getKey() == EntryState.DONE || e.getValue() == 0);
        }
    }

    private final RosterReader reader;
    private final Pkcs12Engine engine;
    private final Locale locale;

    Demo(RosterReader reader, Pkcs12Engine engine, Locale locale) {
        this.reader = reader;
        this.engine = engine;
        this.locale = locale;
    }

    Outcome run(int users, Path folder, PrintWriter out) throws Exception {
        createFolder(folder);
        out.println(NLS.bind(Messages.demoFolder, folder));
        PortalDataFolder data = new PortalDataFolder(folder.resolve("portal")); //$NON-NLS-1$
        Provisioner provisioner = new Provisioner(data, Clock.system(ZoneId.of("Asia/Tokyo")), new BouncyCastleProvider()); //$NON-NLS-1$
        List<IssuedCertificate> issued = provisioner.provision(ProvisioningRequest.of(GROUP, users));
        Path roster = folder.resolve("roster.xlsx"); //$NON-NLS-1$
        try {
            Rosters.write(roster, issued, locale);
        } finally {
            issued.forEach(IssuedCertificate::clear);
        }
        addPasswordRecipients(roster);
        out.println(NLS.bind(Messages.demoProvisioned, Integer.toString(issued.size()), GROUP));
        out.println(NLS.bind(Messages.demoRoster, roster));
        out.flush();

        Path workspaceFolder = folder.resolve("workspace"); //$NON-NLS-1$
        Path passphraseFile = folder.resolve("workspace-passphrase.txt"); //$NON-NLS-1$
        Path exports = folder.resolve("exported"); //$NON-NLS-1$
        Path result = folder.resolve("result.xlsx"); //$NON-NLS-1$
        char[] passphrase = newPassphrase(passphraseFile);
        WorkspaceSettings settings = WorkspaceSettings.defaults().withTrust(List.of(certificate(data.rootCertificate())),
                Optional.empty(), Optional.empty(), false);
        Map<EntryState, Integer> counts;
        Path outbox;
        try (ReferencePortal portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
                Workspace workspace = create(workspaceFolder, passphrase, settings)) {
            out.println(NLS.bind(Messages.demoPortal, portal.baseUrl(), data.tlsCaCertificate()));
            out.println(NLS.bind(Messages.demoPassphrase, passphraseFile));
            Files.copy(data.clientProfile(), workspaceFolder.resolve(PortalCertificateSource.WORKSPACE_PROFILE));
            outbox = workspaceFolder.resolve(WorkspaceDelivery.OUTBOX);
            Files.createDirectory(outbox, OWNER_DIR);
            try (LoopbackMailSink sink = LoopbackMailSink.start(outbox, 0)) {
                writeMailSettings(workspaceFolder, sink.port());
                out.println(NLS.bind(Messages.demoSink, Integer.toString(sink.port()), outbox));
                out.flush();
                BatchSteps.importRoster(reader, workspace, roster, ImportOptions.defaults(), out);
                RunSummary summary;
                try (PortalCertificateSource source = PortalCertificateSource.open(PortalProfiles.load(data.clientProfile()),
                        ClientSettings.defaults())) {
                    summary = BatchSteps.pipeline(workspace, engine, source, out, new CancelToken());
                }
                if (summary.storageFailure().isPresent()) {
                    throw summary.storageFailure().get();
                }
                Files.createDirectory(exports, OWNER_DIR);
                workspace.copyExports(exports);
                try (WorkspaceDelivery delivery = WorkspaceDelivery.on(workspace, false)) {
                    BatchSteps.deliver(delivery, false, out);
                    BatchSteps.report(delivery, result, out);
                }
            }
            out.println(Messages.demoStopped);
            counts = BatchSteps.states(workspace, out);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        Outcome outcome = new Outcome(folder, roster, workspaceFolder, exports, outbox, result, counts);
        out.println(Messages.demoSummary);
        out.println(NLS.bind(Messages.demoWhereRoster, roster));
        out.println(NLS.bind(Messages.demoWhereWorkspace, workspaceFolder));
        out.println(NLS.bind(Messages.demoWhereExports, exports, Long.toString(count(exports, ".p12")))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.demoWhereOutbox, outbox, Long.toString(count(outbox, ".eml")))); //$NON-NLS-1$
        out.println(NLS.bind(Messages.demoWhereResult, result));
        out.flush();
        return outcome;
    }

    /** The default demo folder: certdesk-demo-TIME in the current folder when writable, else in the home folder. */
    static Path defaultFolder() {
        String name = "certdesk-demo-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$ //$NON-NLS-2$
        Path current = Path.of("").toAbsolutePath(); //$NON-NLS-1$
        return Files.isWritable(current) ? current.resolve(name) : Path.of(System.getProperty("user.home")).resolve(name); //$NON-NLS-1$
    }

    private static void createFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.findAny().isPresent()) {
                    throw new IOException(NLS.bind(Messages.demoFolderExists, folder));
                }
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createDirectory(folder, OWNER_DIR);
    }

    private static Workspace create(Path folder, char[] passphrase, WorkspaceSettings settings) throws Exception {
        return Workspaces.create(folder, passphrase, settings, Clock.systemDefaultZone());
    }

    /** A 32-character passphrase, written to {@code file} (owner-only from the start). */
    private static char[] newPassphrase(Path file) throws IOException {
        SecureRandom random = new SecureRandom();
        char[] passphrase = new char[32];
        for (int i = 0; i < passphrase.length; i++) {
            passphrase[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        byte[] bytes = new String(passphrase).concat("\n").getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
        try {
            Files.createFile(file, OWNER_FILE);
            Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
        return passphrase;
    }

    private static X509Certificate certificate(Path pem) throws IOException, CertificateException {
        try (InputStream in = Files.newInputStream(pem)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in); //$NON-NLS-1$
        }
    }

    /**
     * Adds a "password recipient" column: the password goes to another mailbox than the file ({@code pw-} before
     * the user's address), as the two-channel rule requires.
     */
    private void addPasswordRecipients(Path roster) throws IOException {
        String emailHeader = Rosters.headers(locale).get(1);
        DataFormatter formatter = new DataFormatter();
        byte[] written;
        try (InputStream in = Files.newInputStream(roster); XSSFWorkbook workbook = new XSSFWorkbook(in);
                java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            int emailColumn = -1;
            int headerRow = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (emailHeader.equals(formatter.formatCellValue(cell))) {
                        emailColumn = cell.getColumnIndex();
                        headerRow = row.getRowNum();
                    }
                }
                if (emailColumn >= 0) {
                    break;
                }
            }
            if (emailColumn < 0) {
                throw new IOException(roster + ": no column " + emailHeader); //$NON-NLS-1$
            }
            Row header = sheet.getRow(headerRow);
            int column = header.getLastCellNum();
            Cell title = header.createCell(column);
            title.setCellValue(locale.getLanguage().equals("ja") ? Messages.demoPasswordRecipientHeader //$NON-NLS-1$
                    : "Password recipient"); //$NON-NLS-1$
            title.setCellStyle(header.getCell(emailColumn).getCellStyle());
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(emailColumn) == null) {
                    continue;
                }
                String email = formatter.formatCellValue(row.getCell(emailColumn));
                if (!email.isEmpty()) {
                    Cell cell = row.createCell(column);
                    cell.setCellValue("pw-" + email); //$NON-NLS-1$
                    cell.setCellStyle(row.getCell(emailColumn).getCellStyle());
                }
            }
            workbook.write(buffer);
            written = buffer.toByteArray();
        }
        try (OutputStream outStream = Files.newOutputStream(roster, StandardOpenOption.TRUNCATE_EXISTING)) {
            outStream.write(written);
        } finally {
            Arrays.fill(written, (byte) 0);
        }
    }

    private void writeMailSettings(Path workspace, int port) throws IOException {
        String text = "# Demo mail settings: the in-process loopback sink (clear text, 127.0.0.1 only).\n" //$NON-NLS-1$
                + "smtp.host = 127.0.0.1\nsmtp.port = " + port + "\nsmtp.security = NONE_LOOPBACK_ONLY\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "from = certdesk-demo@example.jp\nadmin.contact = certdesk-demo@example.jp\n" //$NON-NLS-1$
                + "rate.per.minute = 6000\npassword.mail.delay.seconds = 0\n" //$NON-NLS-1$
                + "language = " + (locale.getLanguage().equals("ja") ? "ja" : "en") + '\n'; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path file = workspace.resolve(MailSettingsFile.FILE_NAME);
        Files.createFile(file, OWNER_FILE);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static long count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
