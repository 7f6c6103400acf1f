package io.certdesk.workspace;

import java.util.Optional;

/**
 * The result of checking the audit log's hash chain.
 *
 * @param records how many records were read
 * @param headHash the last record's hash (note it down: a later check proves nothing before it was cut off)
 * @param firstBadSequence the first record that fails (edited, deleted, reordered or inserted), when any
 * @param problem what is wrong with it
 */
public record AuditVerification(long records, String headHash, Optional<Long> firstBadSequence,
        Optional<String> problem) {

    public boolean intact() {
        return firstBadSequence.isEmpty() && problem.isEmpty();
    }
}
