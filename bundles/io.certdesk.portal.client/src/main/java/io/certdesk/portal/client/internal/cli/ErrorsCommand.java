package io.certdesk.portal.client.internal.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.certdesk.core.errors.ErrorCategory;
import io.certdesk.core.errors.ErrorCode;
import org.eclipse.osgi.util.NLS;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code certdesk errors [CODE]}: the error catalogue, or one entry with its cause and remedy. */
@Command(name = "errors", mixinStandardHelpOptions = true, sortOptions = false)
public final class ErrorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE")
    private String code;

    @Option(names = "--lang", paramLabel = "ja|en")
    private String lang;

    @Override
    public Integer call() {
        Locale locale = lang == null ? Locale.getDefault() : switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE; //$NON-NLS-1$
            case "en" -> Locale.ENGLISH; //$NON-NLS-1$
            default -> throw new ParameterException(spec.commandLine(), NLS.bind(Messages.errorsLanguage, lang));
        };
        PrintWriter out = spec.commandLine().getOut();
        if (code == null) {
            ErrorCategory current = null;
            for (ErrorCode entry : ErrorCode.values()) {
                if (entry.category() != current) {
                    current = entry.category();
                    out.println();
                    out.println(categoryTitle(current));
                }
                out.println(String.format("  %4d  %s", entry.code(), entry.message(locale))); //$NON-NLS-1$
            }
            out.println();
            out.println(Messages.errorsMore);
            out.flush();
            return 0;
        }
        Optional<ErrorCode> entry = parse(code);
        if (entry.isEmpty()) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.errorsUnknownCode, code));
        }
        ErrorCode found = entry.get();
        out.println(NLS.bind(Messages.errorsHeading, new Object[] { Integer.toString(found.code()), found.name(),
                categoryTitle(found.category()) }));
        out.println(NLS.bind(Messages.errorsMessage, found.message(locale)));
        out.println(NLS.bind(Messages.errorCause, found.cause(locale)));
        out.println(NLS.bind(Messages.errorRemedy, found.remedy(locale)));
        out.flush();
        return 0;
    }

    private static Optional<ErrorCode> parse(String text) {
        String value = text.strip();
        try {
            return ErrorCode.of(Integer.parseInt(value.startsWith("E") || value.startsWith("e") ? value.substring(1) : value)); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (NumberFormatException e) {
            for (ErrorCode candidate : ErrorCode.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
    }

    private static String categoryTitle(ErrorCategory category) {
        return switch (category) {
            case COMMUNICATION -> Messages.categoryCommunication;
            case PKCS12 -> Messages.categoryPkcs12;
            case LOCAL_STORE -> Messages.categoryLocalStore;
            case PORTAL -> Messages.categoryPortal;
            case CANCELLED -> Messages.categoryCancelled;
            case UNKNOWN -> Messages.categoryUnknown;
        };
    }
}
