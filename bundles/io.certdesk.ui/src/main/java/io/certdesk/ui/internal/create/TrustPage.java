package io.certdesk.ui.internal.create;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Optional;

import io.certdesk.ui.internal.Accessible;
import io.certdesk.workspace.WorkspaceSettings;
import io.certdesk.workspace.WorkspaceTrust;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;

/**
 * New workspace, page 4: what certificate chains are verified against. One of: the issuing CAs of a portal profile,
 * CA certificate files, or a pinned root fingerprint (SHA-256); and whether missing issuers may be fetched (AIA).
 * The page is complete once the choice gives at least one anchor.
 */
public final class TrustPage extends WizardPage {

    private Button byProfile;
    private Button byFiles;
    private Button byPin;
    private Text profile;
    private Text caFile;
    private List caList;
    private Text pin;
    private Button fetch;
    private final java.util.List<Path> caFiles = new ArrayList<>();
    private final java.util.List<X509Certificate> caCertificates = new ArrayList<>();
    private Anchors.ProfileTrust profileTrust;
    /** The chosen kind of anchor: the radio buttons show it, {@link #check} and {@link #apply} read it. */
    private Button choice;

    TrustPage() {
        super("trust"); //$NON-NLS-1$
        setTitle(Messages.trustTitle);
        setDescription(Messages.trustDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        byProfile = radio(area, Messages.trustByProfile);
        Label profileLabel = new Label(area, SWT.NONE);
        profileLabel.setText(Messages.trustProfileLabel);
        profile = new Text(area, SWT.BORDER | SWT.SINGLE);
        Accessible.name(profile, Messages.trustProfileAccessible);
        GridDataFactory.fillDefaults().grab(true, false).hint(convertWidthInCharsToPixels(40), SWT.DEFAULT)
                .applyTo(profile);
        Button browseProfile = new Button(area, SWT.PUSH);
        browseProfile.setText(Messages.browse);
        Accessible.name(browseProfile, Messages.trustProfileBrowse);
        browseProfile.addListener(SWT.Selection, e -> browse(profile, "*.properties")); //$NON-NLS-1$

        byFiles = radio(area, Messages.trustByFiles);
        Label fileLabel = new Label(area, SWT.NONE);
        fileLabel.setText(Messages.trustFileLabel);
        caFile = new Text(area, SWT.BORDER | SWT.SINGLE);
        Accessible.name(caFile, Messages.trustFileAccessible);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(caFile);
        Composite buttons = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        Button browseCa = new Button(buttons, SWT.PUSH);
        browseCa.setText(Messages.browse);
        Accessible.name(browseCa, Messages.trustFileBrowse);
        browseCa.addListener(SWT.Selection, e -> browse(caFile, "*.pem;*.crt;*.cer;*.der")); //$NON-NLS-1$
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.trustAdd);
        add.setData("add"); //$NON-NLS-1$
        add.addListener(SWT.Selection, e -> addCaFile());
        // a label with text, not an empty spacer: on GTK a screen reader names the list by the Label just before it
        // (the accessible name below does not reach the accessibility tree there)
        Label listLabel = new Label(area, SWT.NONE);
        listLabel.setText(Messages.trustListLabel);
        caList = new List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        Accessible.name(caList, Messages.trustListAccessible);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, caList.getItemHeight() * 3)
                .applyTo(caList);

        byPin = radio(area, Messages.trustByPin);
        Label pinLabel = new Label(area, SWT.NONE);
        pinLabel.setText(Messages.trustPinLabel);
        pin = new Text(area, SWT.BORDER | SWT.SINGLE);
        Accessible.name(pin, Messages.trustPinAccessible);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(pin);

        fetch = new Button(area, SWT.CHECK);
        fetch.setText(Messages.trustFetch);
        fetch.setSelection(true);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, convertVerticalDLUsToPixels(6)).applyTo(fetch);
        Label help = new Label(area, SWT.WRAP);
        help.setText(Messages.trustHelp);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(convertWidthInCharsToPixels(70), SWT.DEFAULT)
                .applyTo(help);

        choice = byFiles;
        byFiles.setSelection(true);
        profile.addListener(SWT.Modify, e -> {
            profileTrust = null;
            select(byProfile);
        });
        profile.addListener(SWT.FocusOut, e -> check());
        profile.addListener(SWT.DefaultSelection, e -> check());
        caFile.addListener(SWT.Modify, e -> select(byFiles));
        caFile.addListener(SWT.DefaultSelection, e -> addCaFile());
        pin.addListener(SWT.Modify, e -> select(byPin));
        for (Button radio : new Button[] { byProfile, byFiles, byPin }) {
            radio.addListener(SWT.Selection, e -> {
                if (radio.getSelection()) {
                    select(radio);
                }
            });
        }
        setControl(area);
    }

    private Button radio(Composite area, String text) {
        Button button = new Button(area, SWT.RADIO);
        button.setText(text);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, convertVerticalDLUsToPixels(4)).applyTo(button);
        return button;
    }

    private void select(Button chosen) {
        choice = chosen;
        for (Button radio : new Button[] { byProfile, byFiles, byPin }) {
            radio.setSelection(radio == chosen);
        }
        check();
    }

    private void browse(Text target, String extensions) {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { extensions, "*" }); //$NON-NLS-1$
        String chosen = dialog.open();
        if (chosen != null) {
            target.setText(chosen);
            if (target == caFile) {
                addCaFile();
            } else {
                check();
            }
        }
    }

    private void addCaFile() {
        String text = caFile.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        try {
            Path file = Path.of(text);
            java.util.List<X509Certificate> read = Anchors.certificates(file);
            caFiles.add(file);
            caCertificates.addAll(read);
            caList.add(NLS.bind(Messages.trustListItem, file, Integer.toString(read.size())));
            caFile.setText(""); //$NON-NLS-1$
            select(byFiles);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setPageComplete(false);
        }
    }

    private void check() {
        String problem = null;
        boolean complete;
        if (choice == byProfile) {
            if (profileTrust == null && !profile.getText().isBlank()) {
                try {
                    profileTrust = Anchors.ofProfile(Path.of(profile.getText().strip()));
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
            }
            complete = profileTrust != null;
        } else if (choice == byFiles) {
            complete = !caCertificates.isEmpty();
        } else {
            complete = Anchors.fingerprint(pin.getText()).isPresent();
            if (!complete && !pin.getText().isBlank()) {
                problem = Messages.trustPinInvalid;
            }
        }
        setErrorMessage(problem);
        setMessage(profileTrust != null && choice == byProfile
                ? NLS.bind(Messages.trustProfileRead, profileTrust.name(),
                        Integer.toString(profileTrust.trust().trustedCertificates().size()))
                : null);
        setPageComplete(complete);
    }

    /** The settings with the chosen trust (AIA downloads only to the hosts a portal profile allows). */
    WorkspaceSettings apply(WorkspaceSettings settings) {
        boolean aia = fetch.getSelection();
        if (choice == byProfile && profileTrust != null) {
            WorkspaceTrust trust = profileTrust.trust();
            return settings.withRenewalWindowDays(profileTrust.renewalWindowDays())
                    .withPortalProfile(Optional.of(profileTrust.file()))
                    .withTrust(aia ? trust : trust.withFetch(false, java.util.List.of()));
        }
        if (choice == byPin) {
            return settings.withTrust(WorkspaceTrust.pinning(pin.getText()).withFetch(false, java.util.List.of()));
        }
        return settings.withTrust(WorkspaceTrust.trusting(caCertificates).withFetch(false, java.util.List.of()));
    }

    public Text caFileText() {
        return caFile;
    }

    public Text pinText() {
        return pin;
    }

    public Text profileText() {
        return profile;
    }

    public List caList() {
        return caList;
    }
}
