package io.certdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.certdesk.core.files.OwnerOnly;
import io.certdesk.core.net.ProxySettings;
import io.certdesk.crypto.Pkcs12Engines;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalServerConfig;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.ReferencePortal;
import io.certdesk.portal.Rosters;
import io.certdesk.roster.ImportOptions;
import io.certdesk.roster.RosterReaders;
import io.certdesk.workspace.CancelToken;
import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.workspace.RenewalStatus.Phase;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;

/** The renewal planner: grouping, the N-days boundary, open and expired entries, the calendar and the list read back. */
class RenewalPlanTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** 2027-03-01 10:00 in Tokyo. */
    private static final Instant NOW = Instant.parse("2027-03-01T01:00:00Z");

    @TempDir
    Path temp;

    private static RenewalStatus renewal(long id, String number, String name, Instant notAfter) {
        CertificateInfo certificate = new CertificateInfo("CN=" + number, "CN=Issuer", "01", notAfter.minus(Duration.ofDays(365)),
                notAfter, "AA", "BB");
        Entry entry = new Entry(id, "G-100", number, name, "u@example.com", "", Optional.empty(), "u@example.com",
                Optional.empty(), Map.of(), Optional.empty(), EntryState.EXPORTED, Optional.empty(), Optional.empty(),
                Optional.empty(), NOW, NOW, Optional.empty(), false, 1, Optional.empty(), Optional.of(certificate),
                Optional.empty(), Optional.empty());
        return new RenewalStatus(entry, certificate, 0, Phase.VALID);
    }

    private static Instant day(String date) {
        // 12:00 in Tokyo on that date
        return LocalDate.parse(date).atTime(12, 0).atZone(TOKYO).toInstant();
    }

    /** Window 28 days: an expiry on D opens on D - 28. */
    private static List<RenewalStatus> sample() {
        return List.of(
                renewal(1, "C-1", "Expired One", NOW.minus(Duration.ofHours(1))), // expired
                renewal(2, "C-2", "Open Two", day("2027-03-20")), // opened 2027-02-20
                renewal(3, "C-3", "Opens Five", day("2027-04-02")), // opens 2027-03-05
                renewal(4, "C-4", "Opens Five Too", day("2027-04-03").minus(Duration.ofHours(13))), // opens 03-05 23:00
                renewal(5, "C-5", "Opens Ten", day("2027-04-07")), // opens 2027-03-10
                renewal(6, "C-6", "Opens Eleven", day("2027-04-08"))); // opens 2027-03-11
    }

    @Test
    void groupsByDateWithOpenAndExpiredToday() {
        RenewalPlan plan = RenewalPlan.of(sample(), 28, NOW, TOKYO, 9);
        assertEquals(LocalDate.of(2027, 3, 1), plan.today());
        assertEquals(List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 10)),
                plan.dates().stream().map(RenewalPlan.Due::date).toList());
        RenewalPlan.Due today = plan.dates().get(0);
        assertEquals(List.of("C-1", "C-2"), today.entries().stream().map(RenewalPlan.Item::certificateNumber).toList());
        assertEquals(Phase.EXPIRED, today.entries().get(0).phase());
        assertFalse(today.entries().get(0).renewable());
        assertEquals(Phase.RENEWAL_OPEN, today.entries().get(1).phase());
        assertEquals(List.of("C-3", "C-4"),
                plan.dates().get(1).entries().stream().map(RenewalPlan.Item::certificateNumber).toList());
        plan.dates().get(1).entries().forEach(i -> assertEquals(Phase.VALID, i.phase()));
        assertEquals(day("2027-04-02").minus(Duration.ofDays(28)), plan.dates().get(1).entries().get(0).windowOpens());
        assertEquals("Opens Five", plan.dates().get(1).entries().get(0).name());
        assertEquals(5, plan.entries().size());
    }

    @Test
    void theBoundaryIsTodayPlusNDaysInclusive() {
        // C-6's window opens on 03-11, today + 10
        assertEquals(4, RenewalPlan.of(sample(), 28, NOW, TOKYO, 10).dates().size());
        assertEquals(3, RenewalPlan.of(sample(), 28, NOW, TOKYO, 9).dates().size());
        assertEquals(2, RenewalPlan.of(sample(), 28, NOW, TOKYO, 8).dates().size());
        assertEquals(2, RenewalPlan.of(sample(), 28, NOW, TOKYO, 4).dates().size());
        assertEquals(1, RenewalPlan.of(sample(), 28, NOW, TOKYO, 3).dates().size());
        assertEquals(1, RenewalPlan.of(sample(), 28, NOW, TOKYO, 1).dates().size());
        assertEquals(4, RenewalPlan.of(sample(), 28, NOW, TOKYO, 366).dates().size());
        // the date is the zone's: 03-05 23:00 Tokyo is 03-05 14:00 UTC, one day in both
        assertEquals(LocalDate.of(2027, 3, 5), RenewalPlan.of(sample(), 28, NOW, ZoneId.of("UTC"), 9).dates().get(1).date());
        assertThrows(IllegalArgumentException.class, () -> RenewalPlan.of(sample(), 28, NOW, TOKYO, 0));
        assertThrows(IllegalArgumentException.class, () -> RenewalPlan.of(sample(), 28, NOW, TOKYO, 367));
        assertTrue(RenewalPlan.of(List.of(), 28, NOW, TOKYO, 30).isEmpty());
    }

    @Test
    void theCalendarHasOneAllDayEventAndOneAlarmPerDateWithCrlfFoldingAndEscaping() throws Exception {
        List<RenewalStatus> renewals = new ArrayList<>(sample());
        renewals.add(renewal(7, "C-7;x,y\\z", "山田 太郎", day("2027-04-02")));
        for (int i = 0; i < 6; i++) {
            renewals.add(renewal(10 + i, "LONG-NUMBER-" + i + "-ＡＢＣＤＥ", "名前", day("2027-04-07")));
        }
        RenewalPlan plan = RenewalPlan.of(renewals, 28, NOW, TOKYO, 9);
        Path file = temp.resolve("renewals.ics");
        RenewalCalendar.write(file, plan, NOW);
        assertTrue(OwnerOnly.isOwnerOnly(file));
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        assertFalse(text.replace("\r\n", "").contains("\r"), "every line ends in CRLF");
        for (String physical : text.split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertTrue(text.contains("\r\n "), "long lines are folded");
        // unfold (RFC 5545 3.1) and read back
        List<String> lines = List.of(text.replace("\r\n ", "").split("\r\n"));
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
        assertEquals(3, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(3, lines.stream().filter("BEGIN:VALARM"::equals).count());
        assertEquals(3, lines.stream().filter("END:VALARM"::equals).count());
        assertEquals(3, lines.stream().filter(l -> l.startsWith("TRIGGER")).count());
        assertEquals(3, lines.stream().filter("DTSTAMP:20270301T010000Z"::equals).count());
        assertEquals(List.of("DTSTART;VALUE=DATE:20270301", "DTSTART;VALUE=DATE:20270305", "DTSTART;VALUE=DATE:20270310"),
                lines.stream().filter(l -> l.startsWith("DTSTART")).toList());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20270306"));
        assertEquals(3, lines.stream().filter(l -> l.startsWith("UID:")).distinct().count());
        // each event: one alarm inside it
        int events = 0;
        int alarms = 0;
        for (String l : lines) {
            if (l.equals("BEGIN:VEVENT")) {
                events++;
                alarms = 0;
            } else if (l.equals("BEGIN:VALARM")) {
                alarms++;
            } else if (l.equals("END:VEVENT")) {
                assertEquals(1, alarms);
            }
        }
        assertEquals(3, events);
        String description = lines.stream().filter(l -> l.startsWith("DESCRIPTION:G-100 / C-3")).findFirst().orElseThrow();
        assertTrue(description.contains("C-7\\;x\\,y\\\\z"), description);
        assertTrue(description.contains("\\n"), description);
        assertTrue(lines.contains("SUMMARY:CertDesk: renew 1 certificate\\, 1 expired (re-issue)"), lines.toString());
        assertTrue(lines.contains("SUMMARY:CertDesk: renew 7 certificates"), lines.toString());
        assertTrue(text.contains("ＡＢＣＤＥ".substring(0, 1)));
        assertTrue(lines.stream().anyMatch(l -> l.contains("LONG-NUMBER-5-ＡＢＣＤＥ")), "folding kept whole characters");
        // certificate numbers and counts only: no person's name
        assertFalse(text.contains("山田") || text.contains("Open Two") || text.contains("名前"));
    }

    @Test
    void theListIsUtf8WithBomAHeaderAndGuardedCellsWithoutExpiredEntries() throws Exception {
        List<RenewalStatus> renewals = new ArrayList<>(sample());
        renewals.add(renewal(7, "=C-7", "Yamada, \"Taro\"", day("2027-04-02")));
        renewals.add(renewal(8, "C-8", "山田 太郎", day("2027-04-02")));
        RenewalPlan plan = RenewalPlan.of(renewals, 28, NOW, TOKYO, 9);
        Path file = temp.resolve("renewals.csv");
        RenewalList.write(file, plan);
        assertTrue(OwnerOnly.isOwnerOnly(file));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> rows = List.of(text.split("\r\n"));
        assertEquals(RenewalList.header(), rows.get(0));
        assertEquals("G-100,C-2,Open Two,2027-03-20", rows.get(1));
        assertEquals(List.of("G-100,'=C-7,\"Yamada, \"\"Taro\"\"\",2027-04-02", "G-100,C-3,Opens Five,2027-04-02",
                "G-100,C-8,山田 太郎,2027-04-02", "G-100,C-4,Opens Five Too,2027-04-02", "G-100,C-5,Opens Ten,2027-04-07"),
                rows.subList(2, rows.size()));
        assertEquals(7, rows.size(), "header and six renewable certificates; the expired one is left out");
        assertFalse(text.contains("C-1,"));
    }

    /** A clock an administrator's calendar can move. */
    private static final class MovingClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Override
        public ZoneId getZone() {
            return TOKYO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void theJobServicePlansARealWorkspaceByItsClockAndRenewalWindow() throws Exception {
        PortalDataFolder data = new PortalDataFolder(temp.resolve("portal"));
        List<IssuedCertificate> issued = new Provisioner(data, Clock.system(TOKYO), new BouncyCastleProvider())
                .provision(ProvisioningRequest.of("PLAN", 3));
        Path roster = temp.resolve("roster.xlsx");
        Rosters.write(roster, issued, Locale.ENGLISH);
        issued.forEach(IssuedCertificate::clear);
        MovingClock clock = new MovingClock();
        JobService jobs = JobServices.create(RosterReaders.create(), Pkcs12Engines.create(), clock);
        X509Certificate root;
        try (InputStream in = Files.newInputStream(data.rootCertificate())) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        try (ReferencePortal portal = ReferencePortal.start(PortalServerConfig.defaults(data).withoutRepository());
                WorkspaceSession session = jobs.create(temp.resolve("ws"), "correct horse battery staple".toCharArray(),
                        WorkspaceSettings.defaults().withRenewalWindowDays(40)
                                .withTrust(WorkspaceTrust.trusting(List.of(root))).withProxy(ProxySettings.direct())
                                .withPortalProfile(Optional.of(data.clientProfile())))) {
            jobs.importRoster(session, roster, ImportOptions.defaults());
            jobs.run(session, RunOptions.all().withThreads(2, 2), JobListener.NONE, new CancelToken());
            WorkspaceStatus status = jobs.status(session);
            assertEquals(3, status.renewals().size());
            Instant expiry = status.renewals().stream().map(r -> r.certificate().notAfter()).min(Instant::compareTo).orElseThrow();
            Instant opens = expiry.minus(Duration.ofDays(40));
            LocalDate opening = LocalDate.ofInstant(opens, TOKYO);
            // ten days before the window opens (by date): not within 9 days, within 10
            clock.now.set(opening.minusDays(10).atTime(12, 0).atZone(TOKYO).toInstant());
            assertTrue(jobs.renewalPlan(session, 9).dates().stream().noneMatch(d -> d.date().equals(opening)));
            RenewalPlan ahead = jobs.renewalPlan(session, 10);
            assertTrue(ahead.dates().stream().anyMatch(d -> d.date().equals(opening)));
            assertEquals(40, ahead.windowDays());
            // inside the window: due today, open
            clock.now.set(opens.plus(Duration.ofDays(1)));
            RenewalPlan open = jobs.renewalPlan(session, 1);
            assertEquals(LocalDate.ofInstant(clock.now.get(), TOKYO), open.dates().get(0).date());
            assertTrue(open.dates().get(0).entries().stream().anyMatch(i -> i.phase() == Phase.RENEWAL_OPEN));
            // after expiry: due today, expired, and out of the list for the portal
            clock.now.set(expiry.plus(Duration.ofDays(400)));
            RenewalPlan late = jobs.renewalPlan(session, 30);
            assertEquals(1, late.dates().size());
            assertEquals(3, late.entries().size());
            late.entries().forEach(i -> assertEquals(Phase.EXPIRED, i.phase()));
            assertEquals(1, RenewalList.text(late).split("\r\n").length, "only the header");
            assertThrows(IllegalArgumentException.class, () -> jobs.renewalPlan(session, 0));
        }
    }
}
