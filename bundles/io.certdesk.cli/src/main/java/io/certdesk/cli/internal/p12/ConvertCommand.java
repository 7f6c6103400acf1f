package io.certdesk.cli.internal.p12;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.cli.CommandRunner;
import io.certdesk.core.errors.ErrorCode;
import io.certdesk.crypto.ConversionResult;
import io.certdesk.crypto.ExportOptions;
import io.certdesk.crypto.ExportProfile;
import io.certdesk.crypto.FriendlyNameTemplate;
import io.certdesk.crypto.PasswordCheck;
import io.certdesk.crypto.PasswordGenerator;
import io.certdesk.crypto.PasswordPolicy;
import io.certdesk.crypto.PasswordValidator;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code certdesk p12 convert IN OUT --profile modern|compat}: re-exports a verified file with a new password.
 * A generated password is printed once, on its own line, and nowhere else.
 */
@Command(name = "convert", sortOptions = false, usageHelpAutoWidth = true)
final class ConvertCommand implements Callable<Integer> {

    private final Pkcs12Engine engine;
    private final java.time.Clock clock;
    private final SecretReader.Prompt prompt;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "p12.in")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "p12.out")
    private Path out;

    @Option(names = "--profile", required = true, paramLabel = "modern|compat", descriptionKey = "p12.profile")
    private String profile;

    @Option(names = "--password-file", paramLabel = "F", descriptionKey = "p12.password-file")
    private Path passwordFile;

    @ArgGroup(exclusive = true)
    private NewPassword newPassword = new NewPassword();

    /** Where the new password comes from (one of them, or the terminal). */
    static final class NewPassword {
        @Option(names = "--new-password-file", paramLabel = "F", descriptionKey = "p12.new-password-file")
        Path file;

        @Option(names = "--generate-password", descriptionKey = "p12.generate-password")
        boolean generate;
    }

    @Mixin
    private TrustFiles trust = new TrustFiles();

    @Option(names = "--allow-untrusted", descriptionKey = "p12.allow-untrusted")
    private boolean allowUntrusted;

    @Option(names = "--no-root", descriptionKey = "p12.no-root")
    private boolean noRoot;

    @Option(names = "--iterations", paramLabel = "N", descriptionKey = "p12.iterations")
    private int iterations = ExportProfile.DEFAULT_ITERATIONS;

    @Option(names = "--friendly-name", paramLabel = "TEMPLATE", descriptionKey = "p12.friendly-name")
    private String friendlyName = "{cn}"; //$NON-NLS-1$


    ConvertCommand(Pkcs12Engine engine, java.time.Clock clock, SecretReader.Prompt prompt) {
        this.engine = engine;
        this.clock = clock;
        this.prompt = prompt;
    }

    @Override
    public Integer call() throws Pkcs12Exception {
        ExportOptions options = options();
        TrustSettings settings = trust.settings(spec, allowUntrusted);
        if (!settings.hasAnchor()) {
            if (!allowUntrusted) {
                throw new Pkcs12Exception(ErrorCode.P12_NO_TRUST_ANCHOR, in.toString(), Messages.noAnchor);
            }
            spec.commandLine().getErr().println(Messages.untrustedWarning);
            spec.commandLine().getErr().flush();
        }
        char[] fresh = newPassword();
        char[] password = null;
        try {
            password = Passwords.input(passwordFile, prompt, in, spec);
            ConversionResult result = engine.convert(in, password, out, fresh, options, settings, clock.instant());
            PrintWriter stdout = spec.commandLine().getOut();
            P12Report report = new P12Report(stdout);
            stdout.println(NLS.bind(Messages.converted, new Object[] { in, out, options.profile().id(),
                    options.profile().encryptionName(), options.profile().macName(), Integer.valueOf(options.iterations()) }));
            report.summary(result.certificate(), clock.instant());
            report.verdict(result.verdict());
            if (newPassword.generate) {
                stdout.println(Messages.generatedPasswordFollows);
                stdout.println(fresh);
            }
            stdout.flush();
            return CommandRunner.OK;
        } finally {
            Arrays.fill(fresh, '\0');
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    private ExportOptions options() {
        ExportProfile chosen = ExportProfile.fromId(profile).orElseThrow(() -> new ParameterException(
                spec.commandLine(), NLS.bind(Messages.unknownProfile, profile)));
        try {
            return ExportOptions.builder(chosen).iterations(iterations).includeRoot(!noRoot)
                    .friendlyName(FriendlyNameTemplate.of(friendlyName, Map.of())).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private char[] newPassword() throws Pkcs12Exception {
        if (newPassword.generate) {
            return new PasswordGenerator().generate(PasswordPolicy.defaults());
        }
        char[] typed = newPassword.file != null ? PasswordFiles.firstLine(newPassword.file)
                : Passwords.typedTwice(prompt, spec);
        PasswordCheck check = new PasswordValidator().check(typed);
        if (!check.acceptable()) {
            Arrays.fill(typed, '\0');
            String source = newPassword.file != null ? newPassword.file.toString() : Messages.terminal;
            throw new Pkcs12Exception(ErrorCode.P12_PASSWORD_REJECTED, source, check.message());
        }
        return typed;
    }
}
