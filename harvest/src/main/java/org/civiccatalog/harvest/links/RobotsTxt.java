package org.civiccatalog.harvest.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed robots.txt (RFC 9309): the group for our product token (else the "*" group), and its Allow and Disallow
 * rules. The longest matching rule wins, Allow on a tie; {@code *} matches any characters and a final {@code $}
 * anchors the end. {@code /robots.txt} itself is always allowed.
 */
final class RobotsTxt {
    private record Rule(boolean allow, String pattern) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static RobotsTxt allowAll() {
        return new RobotsTxt(List.of());
    }

    static RobotsTxt disallowAll() {
        return new RobotsTxt(List.of(new Rule(false, "/")));
    }

    static RobotsTxt parse(String text, String token) {
        String us = token.toLowerCase(Locale.ROOT);
        List<Rule> ours = new ArrayList<>(), star = new ArrayList<>();
        boolean foundOurs = false;
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) continue;   // "Disallow:" with nothing disallows nothing
                Rule r = new Rule(key.equals("allow"), value);
                if (agents.contains(us)) {
                    ours.add(r);
                    foundOurs = true;
                } else if (agents.contains("*")) {
                    star.add(r);
                }
            }
        }
        // a group naming us counts even when it has no rules
        if (!foundOurs) foundOurs = mentions(text, us);
        return new RobotsTxt(foundOurs ? ours : star);
    }

    private static boolean mentions(String text, String us) {
        for (String raw : text.split("\r\n|\r|\n")) {
            String l = raw.strip().toLowerCase(Locale.ROOT);
            if (l.startsWith("user-agent") && l.contains(":") && l.substring(l.indexOf(':') + 1).strip().equals(us)) return true;
        }
        return false;
    }

    /** Whether the path (with its query) may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule r : rules) {
            if (!matches(r.pattern(), path)) continue;
            if (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow())) best = r;
        }
        return best == null || best.allow();
    }

    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int i, String s, int j, boolean anchored) {
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++) if (match(p, i + 1, s, k, anchored)) return true;
                return false;
            }
            if (j >= s.length() || s.charAt(j) != c) return false;
            i++;
            j++;
        }
        return !anchored || j == s.length();
    }
}
