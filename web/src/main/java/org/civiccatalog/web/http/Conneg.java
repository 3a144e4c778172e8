package org.civiccatalog.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Content negotiation on {@code Accept} (RFC 9110 section 12.5.1): each offered representation gets the quality
 * of the most specific media range that matches it; the highest quality wins, ties go to the order of the
 * offer. No header, or an empty one, selects the default.
 */
public final class Conneg {
    private Conneg() {}

    private record Range(String type, String subtype, double q) {
        /** 3 for an exact (or alias) match, 2 for {@code type/*}, 1 for {@code * /*}, 0 for no match. */
        int specificity(Representation r) {
            if (type.equals("*") && subtype.equals("*")) return 1;
            if (subtype.equals("*")) return r.mediaType().startsWith(type + "/") ? 2 : 0;
            return r.answers(type + "/" + subtype) ? 3 : 0;
        }
    }

    /**
     * @throws NotAcceptableException when {@code accept} rules out every offered representation
     */
    public static Representation choose(String accept, List<Representation> offered, Representation fallback) {
        if (accept == null || accept.isBlank()) return fallback;
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) return fallback;
        Representation best = null;
        double bestQ = 0;
        for (Representation r : offered) {
            double q = quality(ranges, r);
            if (q > bestQ) {
                best = r;
                bestQ = q;
            }
        }
        if (best == null)
            throw new NotAcceptableException("None of the available media types is acceptable ('" + accept + "'); available: "
                    + offered.stream().map(Representation::mediaType).collect(Collectors.joining(", ")));
        return best;
    }

    private static double quality(List<Range> ranges, Representation r) {
        int spec = 0;
        double q = 0;
        for (Range range : ranges) {
            int s = range.specificity(r);
            if (s > spec || (s == spec && s > 0 && range.q() > q)) {
                spec = s;
                q = range.q();
            }
        }
        return q;
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String mt = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) continue;
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].trim();
                if (p.length() > 2 && p.substring(0, 2).equalsIgnoreCase("q=")) q = parseQ(p.substring(2));
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return out;
    }

    private static double parseQ(String s) {
        try {
            double q = Double.parseDouble(s.trim());
            return q < 0 ? 0 : Math.min(q, 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
