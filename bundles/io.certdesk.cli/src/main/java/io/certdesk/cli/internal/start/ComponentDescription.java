package io.certdesk.cli.internal.start;

import java.util.List;
import java.util.Objects;

/**
 * One declarative-services component as its descriptor ({@code OSGI-INF/*.xml}, written by bnd from the
 * {@code @Component} annotations) describes it: the class, the constructor's parameter count ({@code init}), the
 * services it provides and the references injected into the constructor.
 *
 * @param name the component's name
 * @param implementation the implementation class
 * @param init how many parameters the constructor to call takes
 * @param services the interfaces it is registered under
 * @param references the constructor's references, each with its parameter index
 * @param unsupported what the descriptor asks for that the plain start does not do; empty for the product's own
 * @param origin where the descriptor was read from, for messages
 */
record ComponentDescription(String name, String implementation, int init, List<String> services,
        List<Reference> references, List<String> unsupported, String origin) {

    ComponentDescription {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(implementation, "implementation"); //$NON-NLS-1$
        services = List.copyOf(services);
        references = List.copyOf(references);
        unsupported = List.copyOf(unsupported);
        Objects.requireNonNull(origin, "origin"); //$NON-NLS-1$
    }

    /** How many services a reference takes: one, at most one, any number or at least one. */
    enum Cardinality {
        MANDATORY("1..1"), OPTIONAL("0..1"), MULTIPLE("0..n"), AT_LEAST_ONE("1..n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        private final String text;

        Cardinality(String text) {
            this.text = text;
        }

        static Cardinality of(String text) {
            for (Cardinality cardinality : values()) {
                if (cardinality.text.equals(text)) {
                    return cardinality;
                }
            }
            throw new IllegalArgumentException("cardinality " + text); //$NON-NLS-1$
        }

        boolean multiple() {
            return this == MULTIPLE || this == AT_LEAST_ONE;
        }

        boolean required() {
            return this == MANDATORY || this == AT_LEAST_ONE;
        }
    }

    /**
     * A reference injected into the constructor.
     *
     * @param name the reference's name
     * @param service the referenced interface
     * @param cardinality how many services it takes
     * @param parameter the constructor parameter it fills
     */
    record Reference(String name, String service, Cardinality cardinality, int parameter) {
        Reference {
            Objects.requireNonNull(name, "name"); //$NON-NLS-1$
            Objects.requireNonNull(service, "service"); //$NON-NLS-1$
            Objects.requireNonNull(cardinality, "cardinality"); //$NON-NLS-1$
        }
    }
}
