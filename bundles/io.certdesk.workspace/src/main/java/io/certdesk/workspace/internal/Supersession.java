package io.certdesk.workspace.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.certdesk.workspace.CertificateInfo;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.internal.db.EntryStore;

/**
 * Superseded detection: among entries whose certificates have the same subject and issuer, every one with an
 * older notAfter than the newest is superseded by it (after a renewal or re-issue the old certificate must be
 * removed, and it is never delivered). Certificates with the same fingerprint are the same certificate.
 */
final class Supersession {

    private Supersession() {
    }

    /** After an entry was verified: supersede older ones of the same identity, or this one by a newer one. */
    static List<Long> check(Connection c, EntryStore entries, long id) throws SQLException {
        Entry entry = entries.find(c, id).orElseThrow();
        CertificateInfo mine = entry.certificate().orElseThrow();
        List<Entry> group = new ArrayList<>();
        group.add(entry);
        // the entries of the same identity only (an index): reading every entry here made a run quadratic
        for (Entry other : entries.withIdentity(c, mine.subject(), mine.issuer())) {
            if (other.id() != id && other.certificate().isPresent() && other.certificate().get().sameIdentity(mine)) {
                group.add(other);
            }
        }
        return supersede(c, entries, group);
    }

    /** Over the whole workspace. */
    static List<Long> sweep(Connection c, EntryStore entries) throws SQLException {
        Map<String, List<Entry>> groups = entries.all(c).stream().filter(e -> e.certificate().isPresent())
                .collect(Collectors.groupingBy(e -> e.certificate().get().subject() + '\0' + e.certificate().get().issuer()));
        List<Long> superseded = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            superseded.addAll(supersede(c, entries, group));
        }
        return superseded;
    }

    private static List<Long> supersede(Connection c, EntryStore entries, List<Entry> group) throws SQLException {
        List<Long> superseded = new ArrayList<>();
        if (group.size() < 2) {
            return superseded;
        }
        Entry newest = group.stream().max(Comparator.comparing((Entry e) -> e.certificate().get().notAfter())
                .thenComparing(Entry::id)).orElseThrow();
        CertificateInfo newestCertificate = newest.certificate().get();
        for (Entry other : group) {
            CertificateInfo certificate = other.certificate().get();
            if (other.id() == newest.id() || other.state() == EntryState.SUPERSEDED || other.state() == EntryState.DONE
                    || certificate.sha256().equals(newestCertificate.sha256())
                    || !certificate.notAfter().isBefore(newestCertificate.notAfter())) {
                continue;
            }
            entries.move(c, other.id(), EntryState.SUPERSEDED, "superseded", Optional.empty(), //$NON-NLS-1$
                    "entry " + newest.id() + " (" + newest.certificateNumber() + ") valid until " + newestCertificate.notAfter(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Map.of("superseded_by", Long.valueOf(newest.id()))); //$NON-NLS-1$
            superseded.add(Long.valueOf(other.id()));
        }
        return superseded;
    }
}
