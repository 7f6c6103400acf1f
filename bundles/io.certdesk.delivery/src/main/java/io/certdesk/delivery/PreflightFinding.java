package io.certdesk.delivery;

import java.util.List;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * Something that would make a batch's delivery fail, found before anything is sent (or downloaded): the settings
 * as a whole, or a problem shared by some rows.
 *
 * @param code    the catalogue code the delivery would fail with
 * @param problem what is wrong, naming how many rows and which (localised)
 * @param fix     what to do about it (localised)
 * @param labels  the rows affected ({@link DeliveryItem#label()}); empty when the settings are the problem
 */
public record PreflightFinding(ErrorCode code, String problem, String fix, List<String> labels) {

    public PreflightFinding {
        Objects.requireNonNull(code, "code"); //$NON-NLS-1$
        Objects.requireNonNull(problem, "problem"); //$NON-NLS-1$
        Objects.requireNonNull(fix, "fix"); //$NON-NLS-1$
        labels = List.copyOf(labels);
    }

    /** How many rows are affected; 0 for a settings problem (every row). */
    public int rows() {
        return labels.size();
    }
}
