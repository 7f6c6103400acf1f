package io.certdesk.cli.internal.start;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.certdesk.cli.internal.start.ComponentDescription.Reference;

/**
 * The product's declarative-services components wired without an OSGi framework, from their descriptors: what the
 * Service Component Runtime does for delayed components with constructor injection and static references, for a
 * process that runs one headless command. A component is satisfied when each of its required references has a
 * satisfied provider; it is created on first use, once, by its constructor; a multiple reference receives every
 * satisfied provider, in class-path order. Where the runtime would have to choose between several providers of a
 * single reference (it would by service ranking), this refuses, naming them: the product has one of each.
 */
public final class PlainComponents {

    private final ClassLoader loader;
    private final Map<String, List<ComponentDescription>> providers = new LinkedHashMap<>();
    private final Map<String, Object> instances = new HashMap<>();
    private final Map<String, Boolean> satisfied = new HashMap<>();
    private final Set<String> underway = new HashSet<>();

    /** The components described by the given bundles (jars or folders), their classes loaded by {@code loader}. */
    public static PlainComponents of(List<Path> bundles, ClassLoader loader) throws IOException {
        return new PlainComponents(ComponentDescriptions.of(bundles), loader);
    }

    PlainComponents(List<ComponentDescription> descriptions, ClassLoader loader) {
        this.loader = loader;
        for (ComponentDescription description : descriptions) {
            for (String service : description.services()) {
                providers.computeIfAbsent(service, key -> new ArrayList<>()).add(description);
            }
        }
    }

    /** The one satisfied provider of {@code type}; empty when there is none. */
    public <S> Optional<S> service(Class<S> type) {
        return single(type.getName(), type.getName()).map(type::cast);
    }

    private Optional<Object> single(String service, String wanted) {
        List<ComponentDescription> candidates = satisfiedProviders(service);
        if (candidates.size() > 1) {
            throw new IllegalStateException(wanted + " has " + candidates.size() + " providers (" //$NON-NLS-1$ //$NON-NLS-2$
                    + candidates.stream().map(ComponentDescription::name).toList()
                    + "); the plain start takes a single reference from exactly one"); //$NON-NLS-1$
        }
        return candidates.stream().findFirst().map(this::instance);
    }

    private List<ComponentDescription> satisfiedProviders(String service) {
        return providers.getOrDefault(service, List.of()).stream().filter(this::satisfied).toList();
    }

    private boolean satisfied(ComponentDescription description) {
        Boolean known = satisfied.get(description.name());
        if (known != null) {
            return known.booleanValue();
        }
        if (!description.unsupported().isEmpty()) {
            throw new IllegalStateException(description.origin() + ": the plain start does not support " //$NON-NLS-1$
                    + String.join(", ", description.unsupported()) //$NON-NLS-1$
                    + "; keep the component to constructor injection, or start through OSGi (CERTDESK_OSGI=1)"); //$NON-NLS-1$
        }
        if (!underway.add(description.name())) {
            throw new IllegalStateException("the references of " + description.name() //$NON-NLS-1$
                    + " form a cycle, which constructor injection cannot satisfy"); //$NON-NLS-1$
        }
        try {
            boolean result = description.references().stream()
                    .noneMatch(reference -> reference.cardinality().required()
                            && satisfiedProviders(reference.service()).isEmpty());
            satisfied.put(description.name(), Boolean.valueOf(result));
            return result;
        } finally {
            underway.remove(description.name());
        }
    }

    private Object instance(ComponentDescription description) {
        Object existing = instances.get(description.name());
        if (existing != null) {
            return existing;
        }
        Constructor<?> constructor = constructor(description);
        Object[] arguments = new Object[description.init()];
        Set<Integer> filled = new HashSet<>();
        for (Reference reference : description.references()) {
            if (reference.parameter() < 0 || reference.parameter() >= arguments.length
                    || !filled.add(Integer.valueOf(reference.parameter()))) {
                throw new IllegalStateException(description.origin() + ": reference " + reference.name() //$NON-NLS-1$
                        + " names constructor parameter " + reference.parameter()); //$NON-NLS-1$
            }
            arguments[reference.parameter()] = argument(description, reference);
        }
        if (filled.size() != arguments.length) {
            throw new IllegalStateException(description.origin() + ": the constructor of " + description.implementation() //$NON-NLS-1$
                    + " takes parameters that are not references (such as BundleContext), which need OSGi"); //$NON-NLS-1$
        }
        Object instance;
        try {
            instance = constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(description.name() + " failed to start", e.getCause()); //$NON-NLS-1$
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IllegalStateException(description.name() + " could not be created", e); //$NON-NLS-1$
        }
        instances.put(description.name(), instance);
        return instance;
    }

    private Object argument(ComponentDescription description, Reference reference) {
        if (reference.cardinality().multiple()) {
            return satisfiedProviders(reference.service()).stream().map(this::instance).toList();
        }
        return single(reference.service(), description.name() + "'s reference " + reference.name()) //$NON-NLS-1$
                .orElse(null);
    }

    private Constructor<?> constructor(ComponentDescription description) {
        Class<?> type;
        try {
            type = Class.forName(description.implementation(), false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(description.origin() + ": no class " + description.implementation(), e); //$NON-NLS-1$
        }
        List<Constructor<?>> matching = new ArrayList<>();
        for (Constructor<?> candidate : type.getConstructors()) {
            if (candidate.getParameterCount() == description.init() && Modifier.isPublic(candidate.getModifiers())) {
                matching.add(candidate);
            }
        }
        if (matching.size() != 1) {
            throw new IllegalStateException(description.origin() + ": " + description.implementation() + " has " //$NON-NLS-1$ //$NON-NLS-2$
                    + matching.size() + " public constructors with " + description.init() + " parameters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return matching.get(0);
    }
}
