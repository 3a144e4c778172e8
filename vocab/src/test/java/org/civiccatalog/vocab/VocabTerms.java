package org.civiccatalog.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Resource;

/** Reflection over the vocabulary classes: which classes there are, and their term constants. */
final class VocabTerms {
    private VocabTerms() {}

    /** One {@code public static final} Resource or Property constant of a vocabulary class. */
    record Term(Class<?> owner, String field, Resource term) {
        String label() {
            return owner.getSimpleName() + "." + field;
        }

        @Override
        public String toString() {
            return label() + " <" + term.getURI() + ">";
        }
    }

    /**
     * Every class of the vocab package that declares {@code PREFIX} and {@code NS}: found from the source folder, so
     * that a class added later is covered without touching the tests.
     */
    static List<Class<?>> vocabularyClasses() {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.vocabSources())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName(VocabTerms.class.getPackageName() + "." + name);
                if (hasStringConstant(c, "PREFIX") && hasStringConstant(c, "NS"))
                    out.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static String string(Class<?> c, String name) {
        try {
            return (String) c.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(c.getSimpleName() + " has no public String " + name, e);
        }
    }

    /** The term constants of a class: every public static final Resource (or Property) except {@code NAMESPACE}. */
    static List<Term> terms(Class<?> c) {
        String ns = string(c, "NS");
        List<Term> out = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Modifier.isFinal(m)) continue;
            if (!Resource.class.isAssignableFrom(f.getType())) continue;
            try {
                Resource r = (Resource) f.get(null);
                if (ns.equals(r.getURI()) && f.getName().equals("NAMESPACE")) continue;
                out.add(new Term(c, f.getName(), r));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    static List<Term> allTerms() {
        return vocabularyClasses().stream().flatMap(c -> terms(c).stream()).toList();
    }

    private static boolean hasStringConstant(Class<?> c, String name) {
        try {
            Field f = c.getField(name);
            return f.getType() == String.class && Modifier.isStatic(f.getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
