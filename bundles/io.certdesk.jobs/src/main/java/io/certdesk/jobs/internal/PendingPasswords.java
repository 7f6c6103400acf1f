package io.certdesk.jobs.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.certdesk.delivery.DeliveryPart;
import io.certdesk.delivery.DeliveryResult;
import io.certdesk.workspace.Entry;
import io.certdesk.workspace.EntryState;

/**
 * The exported entries whose file was delivered and whose password was not yet, from the delivery ledger's records
 * (the newest record of each part counts): what the watcher reports as passwords still to go.
 */
final class PendingPasswords {

    private PendingPasswords() {
    }

    static List<Long> of(List<Entry> entries, List<DeliveryResult> ledger) {
        Map<Long, DeliveryResult> files = new HashMap<>();
        Map<Long, DeliveryResult> passwords = new HashMap<>();
        for (DeliveryResult record : ledger) {
            Map<Long, DeliveryResult> newest = record.part() == DeliveryPart.FILE ? files : passwords;
            newest.merge(Long.valueOf(record.entryId()), record,
                    (old, now) -> now.time().isBefore(old.time()) ? old : now);
        }
        return entries.stream().filter(e -> e.state() == EntryState.EXPORTED).map(e -> Long.valueOf(e.id()))
                .filter(id -> files.containsKey(id) && files.get(id).state().delivered())
                .filter(id -> !passwords.containsKey(id) || !passwords.get(id).state().delivered()).toList();
    }
}
