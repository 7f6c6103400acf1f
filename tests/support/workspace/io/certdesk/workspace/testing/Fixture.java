package io.certdesk.workspace.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.delivery.DeliveryChannel;
import io.certdesk.workspace.EntryDraft;
import io.certdesk.workspace.Workspace;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import io.certdesk.workspace.Workspaces;

/** A workspace trusting the test PKI, a portal with certificates, and roster rows for them. */
public final class Fixture {

    public static final String PASSPHRASE = "correct horse battery staple";
    public static final String GROUP = "G0001234";
    public static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    public static final Instant NOT_AFTER = Instant.parse("2027-01-02T00:00:00Z");

    public final TestCertificates pki;
    public final FakePortal portal;

    public Fixture(TestCertificates pki, FakePortal portal) {
        this.pki = pki;
        this.portal = portal;
    }

    /** Settings trusting the test root, no AIA downloads, exports at 2,048 iterations (fast). */
    public WorkspaceSettings settings() {
        return WorkspaceSettings.defaults().withExport(ExportProfile.MODERN, 2048)
                .withTrust(WorkspaceTrust.trusting(List.of(pki.root)));
    }

    public Workspace create(Path folder, Clock clock) throws Exception {
        return Workspaces.create(folder, PASSPHRASE.toCharArray(), settings(), clock);
    }

    public static Workspace open(Path folder, Clock clock) throws Exception {
        return Workspaces.open(folder, PASSPHRASE.toCharArray(), clock);
    }

    public static String number(int i) {
        return String.format("C%07d", i);
    }

    public static String password(int i) {
        return "Ret-" + i + "-pw";
    }

    public static String subject(int i) {
        return "CN=User " + i + ",OU=Dept,O=Test Corp,C=JP";
    }

    /** Issues certificates 1..count on the portal (default validity) and returns their roster rows. */
    public List<EntryDraft> issue(int count) {
        return issue(1, count, NOT_BEFORE, NOT_AFTER);
    }

    /** Issues certificates from..to (default validity). */
    public List<EntryDraft> issue(int from, int to) {
        return issue(from, to, NOT_BEFORE, NOT_AFTER);
    }

    public List<EntryDraft> issue(int from, int to, Instant notBefore, Instant notAfter) {
        List<EntryDraft> drafts = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            drafts.add(issueAs(number(i), subject(i), notBefore, notAfter));
        }
        return drafts;
    }

    /** One certificate with its own number and subject (renewals reuse a subject under a new number). */
    public EntryDraft issueAs(String number, String subject, Instant notBefore, Instant notAfter) {
        return issueAs(number, subject, notBefore, notAfter, "Ret-" + number + "-pw");
    }

    public EntryDraft issueAs(String number, String subject, Instant notBefore, Instant notAfter, String password) {
        portal.add(number, new FakePortal.Issued(GROUP, password, pki.issue(subject, notBefore, notAfter, password.toCharArray())));
        return EntryDraft.builder(GROUP, number, password.toCharArray()).name("User " + number).email(number + "@example.jp")
                .department("Dept").channel(Optional.of(DeliveryChannel.HANDOUT)).recipient("desk").build();
    }
}
