package io.certdesk.cli.internal.p12;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Callable;

import io.certdesk.core.secrets.SecretReader;
import io.certdesk.cli.CommandRunner;
import io.certdesk.crypto.CertificateChain;
import io.certdesk.crypto.CertificateSummary;
import io.certdesk.crypto.Pkcs12Contents;
import io.certdesk.crypto.Pkcs12Engine;
import io.certdesk.crypto.Pkcs12Exception;
import io.certdesk.crypto.TrustSettings;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code certdesk p12 inspect FILE}: the certificate, its chain, the verdict and the algorithms of the file. */
@Command(name = "inspect", sortOptions = false, usageHelpAutoWidth = true)
final class InspectCommand implements Callable<Integer> {

    private final Pkcs12Engine engine;
    private final Clock clock;
    private final SecretReader.Prompt prompt;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "p12.file")
    private Path file;

    @Option(names = "--password-file", paramLabel = "F", descriptionKey = "p12.password-file")
    private Path passwordFile;

    @Mixin
    private TrustFiles trust = new TrustFiles();

    InspectCommand(Pkcs12Engine engine, Clock clock, SecretReader.Prompt prompt) {
        this.engine = engine;
        this.clock = clock;
        this.prompt = prompt;
    }

    @Override
    public Integer call() throws Pkcs12Exception {
        TrustSettings settings = trust.settings(spec, false);
        char[] password = Passwords.input(passwordFile, prompt, file, spec);
        Pkcs12Contents contents;
        try {
            contents = engine.read(file, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        Instant now = clock.instant();
        P12Report report = new P12Report(spec.commandLine().getOut());
        spec.commandLine().getOut().println(NLS.bind(Messages.reportFile, file));
        report.summary(CertificateSummary.of(contents.certificate()), now);
        CertificateChain chain = engine.completeChain(contents, settings);
        report.chain(chain);
        report.verdict(engine.verify(chain, settings, now));
        report.protections(contents);
        spec.commandLine().getOut().flush();
        return CommandRunner.OK;
    }
}
