package io.certdesk.cli.internal.fetch;

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

    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", descriptionKey = "code")
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
        Labels labels = new Labels(locale);
        if (code == null) {
            ErrorCategory current = null;
            for (ErrorCode entry : ErrorCode.values()) {
                if (entry.category() != current) {
                    current = entry.category();
                    out.println();
                    out.println(categoryTitle(current, labels));
                }
                out.println(String.format("  %4d  %s", entry.code(), entry.message(locale))); //$NON-NLS-1$
            }
            out.println();
            out.println(labels.get("errorsMore")); //$NON-NLS-1$
            out.flush();
            return 0;
        }
        Optional<ErrorCode> entry = parse(code);
        if (entry.isEmpty()) {
            throw new ParameterException(spec.commandLine(), NLS.bind(Messages.errorsUnknownCode, code));
        }
        ErrorCode found = entry.get();
        out.println(NLS.bind(labels.get("errorsHeading"), new Object[] { Integer.toString(found.code()), found.name(), //$NON-NLS-1$
                categoryTitle(found.category(), labels) }));
        out.println(NLS.bind(labels.get("errorsMessage"), found.message(locale))); //$NON-NLS-1$
        out.println(NLS.bind(labels.get("errorCause"), found.cause(locale))); //$NON-NLS-1$
        out.println(NLS.bind(labels.get("errorRemedy"), found.remedy(locale))); //$NON-NLS-1$
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

    private static String categoryTitle(ErrorCategory category, Labels labels) {
        return labels.get(switch (category) {
            case COMMUNICATION -> "categoryCommunication"; //$NON-NLS-1$
            case PKCS12 -> "categoryPkcs12"; //$NON-NLS-1$
            case LOCAL_STORE -> "categoryLocalStore"; //$NON-NLS-1$
            case DELIVERY -> "categoryDelivery"; //$NON-NLS-1$
            case PORTAL -> "categoryPortal"; //$NON-NLS-1$
            case ROSTER -> "categoryRoster"; //$NON-NLS-1$
            case CANCELLED -> "categoryCancelled"; //$NON-NLS-1$
            case UNKNOWN -> "categoryUnknown"; //$NON-NLS-1$
        });
    }

    /**
     * The labels of this command's messages in the chosen language ({@code --lang}), read from the same
     * messages.properties files as {@link Messages}; English when the language has no translation.
     */
    private static final class Labels {
        private final java.util.ResourceBundle bundle;

        Labels(Locale locale) {
            this.bundle = java.util.ResourceBundle.getBundle("io.certdesk.cli.internal.fetch.messages", locale, //$NON-NLS-1$
                    ErrorsCommand.class.getClassLoader(), java.util.ResourceBundle.Control
                            .getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }
    }
}
