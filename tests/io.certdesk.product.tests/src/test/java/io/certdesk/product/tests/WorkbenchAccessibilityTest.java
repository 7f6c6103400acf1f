package io.certdesk.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 11, point 9: the whole job through the window, read back the way a screen reader reads it. The reference
 * portal ({@code certdesk portal provision} and {@code portal serve}, HTTPS on loopback) and a GreenMail SMTP sink
 * run beside the built product; the product's workbench starts with the GTK accessibility bridge in a D-Bus session
 * of its own, and {@code workbench_atspi_driver.py} (test resources; {@code /usr/bin/python3} with pyatspi) does
 * File &gt; New Workspace (folder, passphrase twice, profile, trust from the portal profile), File &gt; Import
 * Roster, Batch &gt; Run and Batch &gt; Deliver through the accessibility tree (AT-SPI), reading the Entries
 * table's rows there after each stage. The test then checks the rows the driver read (every entry done) and the
 * mail sink: per user a file mail with the .p12 to the user and a password mail to another mailbox. Japanese and
 * English, one run each; screenshots of every step and, on failure, the accessible tree in
 * target/e2e/screenshots/workbench-a11y-LANG.
 */
class WorkbenchAccessibilityTest {

    private static final int USERS = 3;
    private static final Duration PORTAL_DEADLINE = Duration.ofSeconds(90);
    private static final Duration DRIVER_DEADLINE = Duration.ofMinutes(4);
    private static final String PYTHON = "/usr/bin/python3";

    @ParameterizedTest
    @CsvSource({
            "ja, \u5b8c\u4e86, \u30d1\u30b9\u30ef\u30fc\u30c9\u901a\u77e5\u5148, 3 \u4ef6\u306e\u3046\u3061 3 \u4ef6\u3092\u914d\u5e03",
            "en, Done, Password recipient, Deliver 3 of 3 exported entries" })
    void wholeJobThroughTheAccessibilityTree(String language, String done, String recipientHeader, String confirm)
            throws Exception {
        assertNotNull(System.getenv("DISPLAY"),
                "the workbench test needs an X display: run the README's test command (it uses xvfb-run)");
        Tools.require(Files.isExecutable(Paths.get(PYTHON)) && pythonHasAtspi(), PYTHON
                + " with pyatspi and Gdk (Debian packages python3-pyatspi, gir1.2-atspi-2.0, gir1.2-gtk-3.0)");
        Path dbusRunSession = Tools.require("dbus-run-session", "dbus-bin, which dbus-x11 brings");
        Path script = Products.linuxScript();
        Path dir = Products.work().resolve("workbench-a11y-" + language);
        if (Files.exists(dir)) {
            new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor();
        }
        Files.createDirectories(dir);
        Path evidence = Files.createDirectories(Products.work().resolve("screenshots/workbench-a11y-" + language));
        try (var old = Files.list(evidence)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }

        // the reference portal with a provisioned group, and the roster the service mails to the administrator
        Path data = dir.resolve("portal");
        Path roster = dir.resolve("roster.csv");
        CommandResult provision = CommandResult.run(PORTAL_DEADLINE, env -> env.remove("DISPLAY"), script.toString(),
                "portal", "provision", "--data", data.toString(), "--group", "G-A11Y-" + language.toUpperCase(),
                "--count", Integer.toString(USERS), "--roster", roster.toString(), "--locale", language,
                "--repository-url", "http://127.0.0.1:" + freePort() + "/repository/");
        assertEquals(0, provision.exit(), provision::toString);
        List<String> emails = addPasswordRecipients(roster, recipientHeader);
        assertEquals(USERS, emails.size(), "users in the roster: " + emails);

        Path portalLog = dir.resolve("portal.log");
        Process portal = new ProcessBuilder(script.toString(), "portal", "serve", "--data", data.toString(), "--port",
                "0").redirectErrorStream(true).redirectOutput(portalLog.toFile()).start();
        GreenMail sink = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        Path driverOut = dir.resolve("driver.out");
        Path driverErr = dir.resolve("driver.err");
        Process driver = null;
        try {
            long deadline = System.nanoTime() + PORTAL_DEADLINE.toNanos();
            while (System.nanoTime() < deadline && !Files.readString(portalLog).contains("serving at https://127.0.0.1:")) {
                assertTrue(portal.isAlive(), () -> "the portal stopped: " + read(portalLog));
                Thread.sleep(200);
            }
            assertTrue(Files.readString(portalLog).contains("serving at https://127.0.0.1:"), () -> read(portalLog));
            sink.start();

            // what the administrator brings: the mail settings (docs/user-guide.md, "A real batch", step 4) and a passphrase
            Path mailSettings = dir.resolve("delivery.properties");
            Files.writeString(mailSettings, "smtp.host = 127.0.0.1\nsmtp.port = " + sink.getSmtp().getPort()
                    + "\nsmtp.security = NONE_LOOPBACK_ONLY\nfrom = certdesk-e2e@example.jp\n"
                    + "admin.contact = certdesk-e2e@example.jp\nrate.per.minute = 6000\npassword.mail.delay.seconds = 0\n"
                    + "language = " + language + "\n", StandardCharsets.UTF_8);
            Path passphrase = dir.resolve("passphrase.txt");
            Files.writeString(passphrase, "e2e accessibility walk " + language + " 2026\n", StandardCharsets.UTF_8);

            Path driverScript = Paths.get(WorkbenchAccessibilityTest.class.getResource("/workbench_atspi_driver.py").toURI());
            ProcessBuilder builder = new ProcessBuilder(dbusRunSession.toString(), "--", PYTHON, driverScript.toString(),
                    "--product", script.toString(), "--lang", language, "--data", dir.resolve("workbench").toString(),
                    "--workspace", dir.resolve("workspace").toString(), "--passphrase-file", passphrase.toString(),
                    "--profile", data.resolve("client-profile.properties").toString(), "--roster", roster.toString(),
                    "--mail-settings", mailSettings.toString(), "--users", Integer.toString(USERS), "--out",
                    evidence.toString()).redirectOutput(driverOut.toFile()).redirectError(driverErr.toFile());
            builder.environment().remove("GTK_MODULES"); // the driver gives the bridge to the product only
            long start = System.nanoTime();
            driver = builder.start();
            boolean ended = driver.waitFor(DRIVER_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            System.out.printf("workbench through AT-SPI (%s): %d ms%n", language,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            String out = read(driverOut);
            String report = "\n--- driver\n" + out + "\n--- driver log\n" + read(driverErr) + "\n(screenshots, the product's"
                    + " output and, on failure, the accessible tree in " + evidence + ")";
            assertTrue(ended, "the walk did not end within " + DRIVER_DEADLINE + report);
            assertEquals(0, driver.exitValue(), "the walk failed" + report);
            assertTrue(out.lines().anyMatch("OK"::equals), report);
            // every input on the pages walked says what it is (a name, or the label a screen reader reads before it)
            List<String> unlabelled = out.lines().filter(l -> l.startsWith("UNLABELLED ")).toList();
            assertEquals(List.of(), unlabelled, "inputs a screen reader cannot name" + report);

            // the delivery confirmation as read: every exported entry (reading the rows left no selection behind)
            assertTrue(out.lines().anyMatch(l -> l.startsWith("CONFIRM ") && l.contains(confirm)),
                    "the delivery confirmation should offer " + confirm + report);

            // the Entries table as the accessibility tree read it after delivery: every user, done
            List<String[]> rows = out.lines().filter(l -> l.startsWith("ROW done\t")).map(l -> l.split("\t")).toList();
            assertEquals(USERS, rows.size(), "rows read after delivery" + report);
            Set<String> rowEmails = new TreeSet<>();
            for (String[] row : rows) {
                assertEquals(done, row[1], "state read through AT-SPI" + report);
                rowEmails.add(row[3]);
            }
            assertEquals(new TreeSet<>(emails), rowEmails, "e-mail column read through AT-SPI" + report);

            // the mail sink: per user a file mail (the .p12) to the user, a password mail to another mailbox
            assertTrue(sink.waitForIncomingEmail(30_000, 2 * USERS), "mails in the sink: "
                    + sink.getReceivedMessages().length + report);
            MimeMessage[] mails = sink.getReceivedMessages();
            assertEquals(2 * USERS, mails.length, "a file mail and a password mail per user" + report);
            Map<String, List<Boolean>> byRecipient = new HashMap<>();
            for (MimeMessage mail : mails) {
                Address[] to = mail.getRecipients(Message.RecipientType.TO);
                assertEquals(1, to.length, "one recipient per mail: " + List.of(to));
                byRecipient.computeIfAbsent(((InternetAddress) to[0]).getAddress().toLowerCase(), k -> new ArrayList<>())
                        .add(hasP12(mail));
            }
            for (String email : emails) {
                String user = email.toLowerCase();
                assertEquals(List.of(true), byRecipient.get(user), "the file mail (.p12 attached) to " + user
                        + ", and nothing else: " + byRecipient);
                assertEquals(List.of(false), byRecipient.get("pw-" + user),
                        "the password mail (no attachment) to pw-" + user + ", never to the file's mailbox: " + byRecipient);
            }

            String product = read(evidence.resolve("certdesk-" + language + ".out"));
            assertFalse(product.contains("Exception"), "the product printed an exception:\n" + product);
            Path log = dir.resolve("workbench/.metadata/.log");
            String logText = Files.exists(log) ? read(log) : "";
            assertFalse(logText.contains("!ENTRY"), "the workbench log shows errors:\n" + logText);
        } finally {
            if (driver != null && driver.isAlive()) {
                driver.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            sink.stop();
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Adds the password recipient column (pw- before the user's address) and returns the users' addresses. */
    private static List<String> addPasswordRecipients(Path roster, String header) throws IOException {
        List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
        List<String> emails = new ArrayList<>();
        int emailColumn = -1;
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + "," + header);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (emailColumn < 0) {
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i].contains("@")) {
                        emailColumn = i;
                    }
                }
            }
            String email = cells[emailColumn];
            emails.add(email);
            out.add(line + ",pw-" + email);
        }
        Files.writeString(roster, String.join("\n", out) + "\n", StandardCharsets.UTF_8);
        return emails;
    }

    private static boolean hasP12(Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (hasP12(multipart.getBodyPart(i))) {
                    return true;
                }
            }
            return false;
        }
        String name = part.getFileName();
        return name != null && name.toLowerCase().endsWith(".p12");
    }

    static boolean pythonHasAtspi() throws InterruptedException {
        try {
            Process check = new ProcessBuilder(PYTHON, "-c",
                    "import gi; gi.require_version('Gdk', '3.0'); import pyatspi; from gi.repository import Gdk")
                    .redirectErrorStream(true).start();
            check.getInputStream().readAllBytes();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
