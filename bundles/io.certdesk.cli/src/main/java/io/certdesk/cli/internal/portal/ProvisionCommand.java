package io.certdesk.cli.internal.portal;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.certdesk.portal.ChainScope;
import io.certdesk.portal.IssuedCertificate;
import io.certdesk.portal.PortalDataFolder;
import io.certdesk.portal.PortalException;
import io.certdesk.portal.ProvisioningRequest;
import io.certdesk.portal.Provisioner;
import io.certdesk.portal.Rosters;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code certdesk portal provision}: issues certificates for a group and writes the administrator's roster. */
@Command(name = "provision", mixinStandardHelpOptions = true, sortOptions = false)
public final class ProvisionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR")
    private Path data;

    @Option(names = "--group", required = true, paramLabel = "G")
    private String group;

    @Option(names = "--count", paramLabel = "N")
    private Integer count;

    @Option(names = "--renew")
    private boolean renew;

    @Option(names = "--roster", paramLabel = "FILE")
    private Path roster;

    @Option(names = "--locale", paramLabel = "ja|en", defaultValue = "ja")
    private String locale;

    @Option(names = "--chain", paramLabel = "leaf|intermediate|full", defaultValue = "full")
    private String chain;

    @Option(names = "--validity-months", paramLabel = "M", defaultValue = "25")
    private int validityMonths;

    @Option(names = "--seed", paramLabel = "N")
    private Long seed;

    @Option(names = "--repository-url", paramLabel = "URL")
    private URI repositoryUrl;

    @Option(names = "--organization", paramLabel = "O")
    private String organization;

    @Option(names = "--key-pool", paramLabel = "N")
    private int keyPool;

    @Override
    public Integer call() throws PortalException {
        if (!renew && count == null) {
            throw new ParameterException(spec.commandLine(), Messages.provisionCountRequired);
        }
        Locale rosterLocale = switch (locale.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE; //$NON-NLS-1$
            case "en" -> Locale.ENGLISH; //$NON-NLS-1$
            default -> throw new ParameterException(spec.commandLine(), NLS.bind(Messages.invalidLocale, locale));
        };
        ChainScope scope;
        try {
            scope = ChainScope.ofOption(chain);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.invalidChain, chain));
        }
        ProvisioningRequest request;
        try {
            request = new ProvisioningRequest(group.strip(), renew ? 0 : count, renew, scope, validityMonths,
                    Optional.ofNullable(seed), Optional.ofNullable(repositoryUrl), Optional.ofNullable(organization), keyPool);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PortalDataFolder folder = new PortalDataFolder(data);
        Provisioner provisioner = new Provisioner(folder, Clock.system(ZoneId.of("Asia/Tokyo"))); //$NON-NLS-1$
        List<IssuedCertificate> issued = provisioner.provision(request);
        try {
            Path rosterFile = roster != null ? roster : provisioner.defaultRosterFile(request.groupId());
            Rosters.write(rosterFile, issued, rosterLocale);
            PrintWriter out = spec.commandLine().getOut();
            out.println(NLS.bind(renew ? Messages.provisionRenewed : Messages.provisionIssued, new Object[] {
                    Integer.toString(issued.size()), request.groupId(), scope.option(), Integer.toString(validityMonths) }));
            out.println(NLS.bind(Messages.provisionRoster, rosterFile.toAbsolutePath()));
            out.println(NLS.bind(Messages.provisionServeHint, folder.root()));
            out.flush();
            return 0;
        } finally {
            issued.forEach(IssuedCertificate::clear);
        }
    }
}
