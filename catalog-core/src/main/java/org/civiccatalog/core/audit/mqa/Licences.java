package org.civiccatalog.core.audit.mqa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.civiccatalog.core.audit.Resources;

/** The licences the audit counts as from a known vocabulary ({@code vocabulary/licences.txt}). */
public final class Licences {
    private static final Set<String> EXACT = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();

    static {
        for (String line : Resources.lines("vocabulary/licences.txt")) {
            String l = line.strip();
            if (l.endsWith("*")) PREFIXES.add(l.substring(0, l.length() - 1));
            else EXACT.add(l);
        }
    }

    private Licences() {}

    /** Whether a licence IRI is a known open licence or from a licence vocabulary. */
    public static boolean isKnown(String iri) {
        String k = normalise(iri);
        if (EXACT.contains(k)) return true;
        for (String p : PREFIXES) if (k.startsWith(p) && k.length() > p.length()) return true;
        return false;
    }

    static String normalise(String iri) {
        String s = iri.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        s = s.replaceFirst("(/legalcode(\\.[a-z]{2})?|/deed\\.[a-z]{2}|\\.html?|\\.en)$", "");
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s;
    }
}
