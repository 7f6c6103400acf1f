package io.certdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.certdesk.jobs.DemoService;
import io.certdesk.jobs.DemoSetup;
import io.certdesk.jobs.JobListener;
import io.certdesk.jobs.JobService;
import io.certdesk.jobs.RunOptions;
import io.certdesk.jobs.SettingsRules;
import io.certdesk.roster.ImportOptions;
import io.certdesk.ui.internal.activity.JobEnd;
import io.certdesk.ui.internal.entries.EntryColumn;
import io.certdesk.ui.internal.handlers.PreferencesHandler;
import io.certdesk.ui.internal.prefs.DateStyle;
import io.certdesk.ui.internal.prefs.Dates;
import io.certdesk.ui.internal.prefs.Language;
import io.certdesk.ui.internal.prefs.Messages;
import io.certdesk.ui.internal.prefs.PreferencesDialog;
import io.certdesk.ui.internal.prefs.UserPreferences;
import io.certdesk.ui.internal.watch.WatchKind;
import io.certdesk.ui.internal.watch.WatchSettings;
import io.certdesk.ui.internal.workspace.OpenWorkspace;
import io.certdesk.workspace.CancelToken;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Preferences through its handler (the one the menu item runs), driven with real clicks and keys: the
 * interval refuses 0, 73 and letters in words under the box and in the message line with OK disabled, takes
 * full-width digits, the second warning must come before the window closes later than the first; what OK stores is
 * what {@link WatchSettings#read} and the dialog read back, the language goes to the start script's owner-only file,
 * and the Japanese era style shows at once in the Entries table of a real demo workspace. Restore Defaults, Cancel.
 */
class PreferencesTest {

    private static JobService jobs;
    private static DemoService demo;

    @TempDir
    Path temp;

    @BeforeAll
    static void services() throws Exception {
        jobs = Services.get(JobService.class);
        demo = Services.get(DemoService.class);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(UserPreferences.NODE);
    }

    /** Other tests expect the defaults (ISO dates): every key this test stores goes again. */
    @AfterEach
    void forget() throws Exception {
        IEclipsePreferences node = node();
        for (String key : node.keys()) {
            if (key.startsWith("watch.") || key.equals(UserPreferences.LANGUAGE) || key.equals(UserPreferences.DATE_STYLE)) {
                node.remove(key);
            }
        }
        node.flush();
        System.clearProperty(UserPreferences.CONFIG_FOLDER_PROPERTY);
    }

    private static void replace(Text text, String typed) {
        Ui.click(text);
        assertTrue(text.isFocusControl(), "the text box did not take the focus");
        text.selectAll();
        Ui.type(text.getDisplay(), typed);
        assertEquals(typed, text.getText());
    }

    /** Runs File > Preferences' handler; {@code action} drives the dialog, which it must close. */
    private static void withDialog(Shell parent, Consumer<PreferencesDialog> action) {
        Display display = parent.getDisplay();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Ui.whenShellOpens(display, Messages.title, shell -> {
            PreferencesDialog dialog = (PreferencesDialog) shell.getData();
            try {
                action.accept(dialog);
            } catch (Throwable e) {
                failure.set(e);
                dialog.close();
            }
        });
        new PreferencesHandler().execute(parent);
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    private static String era() {
        return Ui.japanese() ? "\u4ee4\u548c" : "Reiwa";
    }

    @Test
    void preferencesAreCheckedAsTypedStoredAndTheEraShowsInTheTable() throws Exception {
        forget();
        Path config = temp.resolve("config/certdesk");
        System.setProperty(UserPreferences.CONFIG_FOLDER_PROPERTY, config.toString());
        Path workspace;
        Path passphraseFile;
        try (DemoSetup setup = demo.start(2, temp.resolve("demo"), Locale.getDefault())) {
            jobs.importRoster(setup.session(), setup.roster(), ImportOptions.defaults());
            assertTrue(jobs.run(setup.session(), RunOptions.all(), JobListener.NONE, new CancelToken()).complete());
            workspace = setup.workspace();
            passphraseFile = setup.passphraseFile();
        }
        try (PartHarness ui = new PartHarness(jobs, new MutableClock(Instant.now(), Fixtures.TOKYO))) {
            assertTrue(OpenWorkspace.open(ui.shell, ui.model, workspace, Optional.of(passphraseFile)).isPresent());
            ui.waitForStatus();
            long id = ui.model.status().orElseThrow().entries().get(0).id();
            String expiry = ui.text(id, EntryColumn.EXPIRY);
            assertTrue(expiry.matches("\\d{4}-\\d{2}-\\d{2}"), "Western by default: " + expiry);
            Ui.activate(ui.shell);

            withDialog(ui.shell, dialog -> {
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());
                assertEquals("24", dialog.text("interval").getText());
                assertEquals("120", dialog.text("first").getText());
                assertEquals("60", dialog.text("second").getText());
                assertTrue(dialog.language(Language.FOLLOW_OS).getSelection());
                assertTrue(dialog.style(DateStyle.WESTERN).getSelection());

                // the interval: 1 to 72 whole hours, what is wrong said under the box and in the message line
                for (String wrong : new String[] { "0", "73", "abc" }) {
                    replace(dialog.text("interval"), wrong);
                    String expected = SettingsRules.range(wrong, 1, 72).orElseThrow();
                    assertTrue(dialog.marked("interval"), wrong);
                    assertTrue(dialog.error("interval").isVisible() && !dialog.error("interval").getText().isEmpty(), wrong);
                    assertEquals(expected, dialog.error("interval").getText());
                    assertTrue(dialog.problem().contains(expected), dialog.problem());
                    assertFalse(dialog.okButton().isEnabled(), wrong);
                    if (wrong.equals("73")) {
                        screenshot(dialog, "preferences-wrong");
                    }
                }
                dialog.text("interval").setText("\uff11\uff12"); // 12 in full-width digits, as an input method types it
                assertFalse(dialog.marked("interval"), dialog.problem());
                assertEquals("", dialog.error("interval").getText());
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());

                // the second warning comes later: fewer minutes than the first
                replace(dialog.text("second"), "120");
                assertTrue(dialog.marked("second"));
                assertEquals(Messages.secondNotBefore.replace("{0}", "120"),
                        dialog.error("second").getText());
                assertFalse(dialog.okButton().isEnabled());
                replace(dialog.text("first"), "90");
                replace(dialog.text("second"), "30");
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());

                Ui.click(dialog.atStartUp());
                Ui.click(dialog.kind(WatchKind.EXPIRED));
                Ui.click(dialog.end(JobEnd.Outcome.CANCELLED));
                Ui.click(dialog.language(Language.JAPANESE));
                assertTrue(dialog.language(Language.JAPANESE).getSelection());
                Ui.click(dialog.style(DateStyle.JAPANESE_ERA));
                assertTrue(dialog.style(DateStyle.JAPANESE_ERA).getSelection());
                assertTrue(dialog.sample().getText().contains(era()), dialog.sample().getText());
                screenshot(dialog, "preferences");
                Ui.click(dialog.okButton());
            });

            // stored per user, read back by the watcher's settings
            WatchSettings watch = WatchSettings.read(node());
            assertEquals(Duration.ofHours(12), watch.interval());
            assertEquals(Duration.ofMinutes(90), watch.firstWarning());
            assertEquals(Duration.ofMinutes(30), watch.secondWarning());
            assertFalse(watch.atStartUp());
            assertEquals(EnumSet.complementOf(EnumSet.of(WatchKind.EXPIRED)), EnumSet.copyOf(watch.shown()));
            assertEquals(EnumSet.of(JobEnd.Outcome.FINISHED, JobEnd.Outcome.FAILED), EnumSet.copyOf(watch.endsShown()));
            assertEquals(Language.JAPANESE, UserPreferences.read(node()).language());
            Path file = config.resolve(UserPreferences.LANGUAGE_FILE);
            assertEquals("ja\n", Files.readString(file, StandardCharsets.US_ASCII));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)));

            // the table shows the era at once (no refresh)
            Ui.waitUntil(ui.display, () -> ui.text(id, EntryColumn.EXPIRY).startsWith(era()), Duration.ofSeconds(10),
                    "the era in the table");
            assertTrue(ui.text(id, EntryColumn.FIRST_DOWNLOAD).startsWith(era()), ui.text(id, EntryColumn.FIRST_DOWNLOAD));
            Ui.screenshot(ui.shell, "preferences-entries-era");

            // opened again: what was stored; Restore Defaults puts the defaults in the dialog, Cancel keeps the stored
            withDialog(ui.shell, dialog -> {
                assertEquals("12", dialog.text("interval").getText());
                assertEquals("90", dialog.text("first").getText());
                assertEquals("30", dialog.text("second").getText());
                assertFalse(dialog.atStartUp().getSelection());
                assertFalse(dialog.kind(WatchKind.EXPIRED).getSelection());
                assertTrue(dialog.kind(WatchKind.CLOSING).getSelection());
                assertFalse(dialog.end(JobEnd.Outcome.CANCELLED).getSelection());
                assertTrue(dialog.language(Language.JAPANESE).getSelection());
                assertTrue(dialog.style(DateStyle.JAPANESE_ERA).getSelection());
                Ui.click(dialog.restoreButton());
                assertEquals("24", dialog.text("interval").getText());
                assertEquals("120", dialog.text("first").getText());
                assertTrue(dialog.atStartUp().getSelection());
                assertTrue(dialog.kind(WatchKind.EXPIRED).getSelection());
                assertTrue(dialog.language(Language.FOLLOW_OS).getSelection());
                assertTrue(dialog.style(DateStyle.WESTERN).getSelection());
                assertTrue(dialog.okButton().isEnabled(), dialog.problem());
                Ui.click(dialog.cancelButton());
            });
            assertEquals(Duration.ofHours(12), WatchSettings.read(node()).interval());
            assertEquals(DateStyle.JAPANESE_ERA, UserPreferences.read(node()).dates());

            // Restore Defaults and OK: Western again in the table, no language file (the operating system's)
            withDialog(ui.shell, dialog -> {
                Ui.click(dialog.restoreButton());
                Ui.click(dialog.okButton());
            });
            assertEquals(WatchSettings.defaults(), WatchSettings.read(node()));
            assertFalse(Files.exists(file), "following the operating system: no language file");
            Ui.waitUntil(ui.display, () -> ui.text(id, EntryColumn.EXPIRY).equals(expiry), Duration.ofSeconds(10),
                    "Western dates again");
        }
    }

    private static void screenshot(PreferencesDialog dialog, String name) {
        try {
            Ui.screenshot(dialog.getShell(), name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void eraDatesNameTheEraInTheWindowsLanguage() {
        LocalDate first = LocalDate.of(2019, 5, 1);
        LocalDate later = LocalDate.of(2026, 12, 3);
        if (Ui.japanese()) {
            assertEquals("\u4ee4\u548c\u5143\u5e745\u67081\u65e5", Dates.day(DateStyle.JAPANESE_ERA, first));
            assertEquals("\u4ee4\u548c8\u5e7412\u67083\u65e5", Dates.day(DateStyle.JAPANESE_ERA, later));
            assertEquals("\u5e73\u621031\u5e744\u670830\u65e5", Dates.day(DateStyle.JAPANESE_ERA, first.minusDays(1)));
        } else {
            assertEquals("Reiwa 1-05-01", Dates.day(DateStyle.JAPANESE_ERA, first));
            assertEquals("Reiwa 8-12-03", Dates.day(DateStyle.JAPANESE_ERA, later));
            assertEquals("Heisei 31-04-30", Dates.day(DateStyle.JAPANESE_ERA, first.minusDays(1)));
        }
        assertEquals("2026-12-03", Dates.day(DateStyle.WESTERN, later));
        assertEquals("1850-01-02", Dates.day(DateStyle.JAPANESE_ERA, LocalDate.of(1850, 1, 2)), "before Meiji 6: Western");
        assertEquals(DateStyle.WESTERN, Dates.style(), "the default");
    }
}
