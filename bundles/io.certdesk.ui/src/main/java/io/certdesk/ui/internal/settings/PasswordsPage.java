package io.certdesk.ui.internal.settings;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.PasswordGenerator;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.crypto.PasswordPolicy.CharacterClass;
import io.certdesk.jobs.SettingsRules;
import io.certdesk.workspace.WorkspaceSettings;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The Passwords and export page: the password length and character classes with a sample password, the export
 * profile and iterations, the renewal window and its margin.
 */
final class PasswordsPage {

    private final Fields fields;
    final Map<CharacterClass, Button> classes = new LinkedHashMap<>();
    final Label sample;
    private final Combo profile;

    PasswordsPage(Composite page, Fields fields, WorkspaceSettings settings, Runnable changed) {
        this.fields = fields;
        fields.add("length", page, Messages.length, SWT.SINGLE, Integer.toString(settings.passwordPolicy().length()), //$NON-NLS-1$
                SettingsRules::passwordLength);
        new Label(page, SWT.NONE).setText(Messages.classes);
        Composite boxes = new Composite(page, SWT.NONE);
        boxes.setLayout(new GridLayout(2, false));
        List<String> names = List.of(Messages.classUpper, Messages.classLower, Messages.classDigits, Messages.classSymbols);
        for (CharacterClass c : CharacterClass.values()) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(names.get(c.ordinal()));
            box.setSelection(settings.passwordPolicy().classes().contains(c));
            box.addListener(SWT.Selection, e -> changed.run());
            classes.put(c, box);
        }
        new Label(page, SWT.NONE).setText(Messages.sample);
        sample = new Label(page, SWT.NONE);
        sample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText(Messages.exportProfile);
        profile = Combos.add(page, List.of(Messages.profileModern, Messages.profileCompat), settings.exportProfile().ordinal(), changed);
        fields.add("iterations", page, Messages.iterations, SWT.SINGLE, Integer.toString(settings.exportIterations()), //$NON-NLS-1$
                v -> SettingsRules.iterations(v, ExportProfile.values()[Math.max(0, profile.getSelectionIndex())]));
        fields.add("renewalDays", page, Messages.renewalDays, SWT.SINGLE, Integer.toString(settings.renewalWindowDays()), //$NON-NLS-1$
                SettingsRules::renewalDays);
        fields.add("marginHours", page, Messages.marginHours, SWT.SINGLE, Long.toString(settings.windowMargin().toHours()), //$NON-NLS-1$
                SettingsRules::marginHours);
    }

    Set<CharacterClass> chosenClasses() {
        Set<CharacterClass> chosen = EnumSet.noneOf(CharacterClass.class);
        classes.forEach((c, box) -> {
            if (box.getSelection()) {
                chosen.add(c);
            }
        });
        return chosen;
    }

    /** What is wrong with the chosen classes (none chosen), if anything. */
    java.util.Optional<String> classesProblem() {
        return SettingsRules.characterClasses(chosenClasses());
    }

    PasswordPolicy policy() {
        return PasswordPolicy.of(fields.number("length"), chosenClasses()); //$NON-NLS-1$
    }

    /** Shows a password of the policy, or that none can be made while the length or the classes are wrong. */
    void showSample(boolean policyRight) {
        if (policyRight) {
            char[] generated = new PasswordGenerator().generate(policy());
            sample.setText(new String(generated));
            Arrays.fill(generated, '\0');
        } else {
            sample.setText(Messages.sampleNone);
        }
    }

    /** The settings with this page's values; only called when they are right. */
    WorkspaceSettings applyTo(WorkspaceSettings current) {
        return current.withRenewalWindowDays(fields.number("renewalDays")) //$NON-NLS-1$
                .withWindowMargin(java.time.Duration.ofHours(fields.number("marginHours"))) //$NON-NLS-1$
                .withExport(ExportProfile.values()[profile.getSelectionIndex()], fields.number("iterations")) //$NON-NLS-1$
                .withPasswordPolicy(policy());
    }
}
