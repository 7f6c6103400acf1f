package io.certdesk.ui.internal.settings;

import java.util.function.Supplier;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.jobs.CheckResult;
import io.certdesk.jobs.JobException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A check button (Test connection, Test, Send a test mail) with its result box below: the check runs in an Eclipse
 * job, never on the UI thread; the box says "Testing..." meanwhile, then success with what was seen, or the catalogue
 * code with its message, cause and remedy in the user's language.
 */
final class CheckButton {

    /** What a check runs in its job; prepared on the UI thread from the fields. */
    @FunctionalInterface
    interface Check {
        CheckResult run() throws JobException;
    }

    final Button button;
    final Text result;
    private volatile Job running;

    CheckButton(Composite parent, String label, String where, ISchedulingRule rule, Supplier<Check> prepare) {
        button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
        result = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = 80;
        data.widthHint = 400;
        result.setLayoutData(data);
        button.addListener(SWT.Selection, e -> {
            Check check = prepare.get();
            if (check == null) {
                return;
            }
            button.setEnabled(false);
            result.setText(Messages.testing);
            Job job = new Job(NLS.bind(Messages.jobTest, where)) {
                @Override
                protected IStatus run(IProgressMonitor monitor) {
                    String text;
                    try {
                        text = describe(check.run());
                    } catch (JobException ex) {
                        text = describe(CheckResult.failed(ex.code(), String.valueOf(ex.getMessage())));
                    } catch (RuntimeException ex) {
                        text = describe(CheckResult.failed(ErrorCode.UNKNOWN, ex.getClass().getSimpleName()));
                    }
                    String shown = text;
                    if (!result.isDisposed()) {
                        result.getDisplay().asyncExec(() -> {
                            if (!result.isDisposed()) {
                                result.setText(shown);
                                button.setEnabled(true);
                            }
                        });
                    }
                    return Status.OK_STATUS;
                }
            };
            job.setRule(rule);
            job.setUser(false);
            running = job;
            job.schedule();
        });
    }

    /** The job of the last check, if one ran (tests wait for it). */
    Job running() {
        return running;
    }

    static String describe(CheckResult result) {
        if (result.ok()) {
            return NLS.bind(Messages.testOk, result.detail());
        }
        ErrorCode code = result.failure().get();
        return NLS.bind(Messages.testFailed, new Object[] { Integer.toString(code.code()), code.message(), code.cause(),
                code.remedy(), result.detail() });
    }
}
