package io.certdesk.ui.internal.entries;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import io.certdesk.jobs.WorkspaceStatus;
import io.certdesk.ui.internal.Messages;
import io.certdesk.workspace.EntryState;
import io.certdesk.workspace.RenewalStatus;
import io.certdesk.ui.internal.prefs.Dates;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The strip above the table: entries per state, at risk with the next deadline, renewals open and sends with an
 * unknown outcome, from the job service's status. Each item is a flat button (icon and text, reachable by keyboard);
 * pressing it sets the table's quick filter.
 */
public final class OverviewStrip {


    private final Composite strip;
    private final Looks looks;
    private final Button all;
    private final Map<EntryState, Button> states = new EnumMap<>(EntryState.class);
    private final Button atRisk;
    private final Button renewals;
    private final Button unknownSends;

    public OverviewStrip(Composite parent, Consumer<QuickFilter> onPick) {
        strip = new Composite(parent, SWT.NONE);
        RowLayoutFactory.fillDefaults().wrap(true).spacing(0).applyTo(strip);
        looks = new Looks(strip);
        all = item(onPick, QuickFilter.ALL, null);
        atRisk = item(onPick, QuickFilter.AT_RISK, Risk.AT_RISK.icon());
        for (EntryState state : EntryState.values()) {
            String icon = switch (state) {
                case FAILED -> Risk.FAILED.icon();
                case WINDOW_PASSED -> Risk.WINDOW_PASSED.icon();
                case SUPERSEDED -> Risk.SUPERSEDED.icon();
                default -> state.working() ? "working" : "ok"; //$NON-NLS-1$ //$NON-NLS-2$
            };
            states.put(state, item(onPick, QuickFilter.of(state), icon));
        }
        renewals = item(onPick, QuickFilter.RENEWAL_OPEN, "ok"); //$NON-NLS-1$
        unknownSends = item(onPick, QuickFilter.UNKNOWN_SEND, Risk.AT_RISK.icon());
        update(Optional.empty(), List.of(), Instant.EPOCH, ZoneId.systemDefault());
    }

    private Button item(Consumer<QuickFilter> onPick, QuickFilter filter, String icon) {
        Button button = new Button(strip, SWT.PUSH | SWT.FLAT);
        if (icon != null) {
            button.setImage(looks.icon(icon));
        }
        button.setData(filter);
        button.addListener(SWT.Selection, event -> onPick.accept(filter));
        return button;
    }

    public Composite control() {
        return strip;
    }

    /** The button that sets this filter (tests, keyboard focus). */
    public Button button(QuickFilter filter) {
        for (var child : strip.getChildren()) {
            if (child.getData() == filter && child instanceof Button button && child.getVisible()) {
                return button;
            }
        }
        return null;
    }

    public void update(Optional<WorkspaceStatus> status, List<EntryRow> rows, Instant now, ZoneId zone) {
        int total = status.map(s -> s.entries().size()).orElse(Integer.valueOf(0)).intValue();
        set(all, NLS.bind(Messages.overviewAll, Integer.toString(total)), true);
        for (EntryState state : EntryState.values()) {
            int count = status.map(s -> s.counts().getOrDefault(state, Integer.valueOf(0))).orElse(Integer.valueOf(0))
                    .intValue();
            set(states.get(state), NLS.bind(Messages.overviewState, States.text(state), Integer.toString(count)),
                    count > 0);
        }
        List<EntryRow> risky = rows.stream().filter(QuickFilter.AT_RISK::test).toList();
        Optional<Instant> next = risky.stream().map(r -> r.entry().downloadDeadline()).flatMap(Optional::stream)
                .min(Instant::compareTo);
        String riskText = next.isPresent()
                ? NLS.bind(Messages.overviewAtRiskNext, new Object[] { Integer.toString(risky.size()),
                        Dates.monthDayMinutes(next.get(), zone), Countdown.text(Duration.between(now, next.get())) })
                : NLS.bind(Messages.overviewAtRisk, Integer.toString(risky.size()));
        set(atRisk, riskText, status.isPresent());
        long open = status.map(s -> s.renewals().stream().filter(r -> r.phase() == RenewalStatus.Phase.RENEWAL_OPEN)
                .count()).orElse(Long.valueOf(0)).longValue();
        set(renewals, NLS.bind(Messages.overviewRenewals, Long.toString(open)), open > 0);
        int unknown = status.map(s -> s.unknownSends().size()).orElse(Integer.valueOf(0)).intValue();
        set(unknownSends, NLS.bind(Messages.overviewUnknownSends, Integer.toString(unknown)), unknown > 0);
        strip.setVisible(status.isPresent());
        strip.requestLayout();
    }

    private static void set(Button button, String text, boolean shown) {
        button.setText(text);
        button.setToolTipText(text);
        button.setVisible(shown);
        Object data = button.getLayoutData();
        if (data instanceof org.eclipse.swt.layout.RowData rowData) {
            rowData.exclude = !shown;
        } else {
            org.eclipse.swt.layout.RowData rowData = new org.eclipse.swt.layout.RowData();
            rowData.exclude = !shown;
            button.setLayoutData(rowData);
        }
    }
}
