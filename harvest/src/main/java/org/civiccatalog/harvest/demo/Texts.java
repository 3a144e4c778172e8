package org.civiccatalog.harvest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

import org.civiccatalog.harvest.HarvestSource.Jurisdiction;

/** The words of generated records: titles with the qualifiers portals use, descriptions, copies' rewordings, contacts. */
final class Texts {
    /** A title and the period it names, if it names one ("2019" names 2019-01-01/2019-12-31). */
    record Titled(String title, Optional<String> temporal) {}

    static final List<DemoRecord.Frequency> FREQUENCIES = List.of(new DemoRecord.Frequency("R/P1D", "daily"),
            new DemoRecord.Frequency("R/P1W", "weekly"), new DemoRecord.Frequency("R/P1M", "monthly"),
            new DemoRecord.Frequency("R/P3M", "quarterly"), new DemoRecord.Frequency("R/P1Y", "annually"),
            new DemoRecord.Frequency("irregular", "irregularly"));
    private static final int FIRST_YEAR = 2010;
    private static final int LAST_YEAR = 2025;

    private Texts() {}

    /**
     * A subject's title with a qualifier: a year, a fiscal year, a summary, a district breakdown, or none. The GIS
     * portals name layers in styles of their own, so that two unrelated records on two portals never share a title
     * by chance: a shared title is the ground truth's evidence of a copy, not an accident.
     */
    static Titled title(String subject, DemoPortal portal, SplittableRandom rng) {
        int year = FIRST_YEAR + rng.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        Optional<String> inYear = Optional.of(year + "-01-01/" + year + "-12-31");
        return switch (portal) {
            case CITY_HUB -> rng.nextBoolean() ? new Titled(subject + " (" + year + ")", inYear)
                    : new Titled(subject + " - " + area(portal.jurisdiction()), Optional.empty());
            case COUNTY_FEED -> rng.nextBoolean() ? new Titled(subject + " " + year + " (GIS)", inYear)
                    : new Titled(subject + " GIS Layer", Optional.empty());
            case STATE_RDF -> rng.nextBoolean() ? new Titled(subject + ", " + year, inYear)
                    : new Titled(subject + " - " + area(portal.jurisdiction()), Optional.empty());
            default -> tabular(subject, portal, year, rng);
        };
    }

    private static Titled tabular(String subject, DemoPortal portal, int year, SplittableRandom rng) {
        return switch (rng.nextInt(8)) {
            case 0 -> new Titled(subject + " " + year, Optional.of(year + "-01-01/" + year + "-12-31"));
            case 1 -> new Titled(subject + " FY " + year + "-" + String.format("%02d", (year + 1) % 100),
                    Optional.of(year + "-07-01/" + (year + 1) + "-06-30"));
            case 2 -> new Titled(subject, Optional.empty());
            case 3 -> new Titled(subject + " (Historical)", Optional.of(FIRST_YEAR + "-01-01/" + (year - 1) + "-12-31"));
            case 4 -> new Titled(subject + " by " + district(portal.jurisdiction()), Optional.empty());
            case 5 -> new Titled(subject + " Monthly Summary", Optional.empty());
            case 6 -> new Titled(subject + " " + year + " to Present", Optional.of(year + "-01-01/" + LAST_YEAR + "-06-30"));
            default -> new Titled(subject + " - Current", Optional.empty());
        };
    }

    /** Three to five sentences, as a department writes them; DKAN keeps the HTML its editor produced. */
    static String description(Agencies.Topic t, String title, String publisher, DemoRecord.Frequency f, boolean html,
                              SplittableRandom rng) {
        List<String> s = new ArrayList<>();
        s.add(title + " as recorded by the " + publisher + ".");
        s.add("Each row is " + t.subject().unit() + ".");
        s.add("The data is extracted from the department's records system and updated " + f.words() + ".");
        if (t.subject().geo() && rng.nextBoolean())
            s.add("Locations are approximate: addresses are rounded to the nearest block to protect privacy.");
        if (rng.nextInt(3) == 0) s.add("Personal information has been removed in line with the open data policy.");
        if (rng.nextInt(4) == 0) s.add("Figures for the most recent period are preliminary and may change.");
        String text = String.join(" ", s);
        return html ? "<p>" + String.join("</p>\n<p>", s) + "</p>\n" : text;
    }

    /**
     * A GIS portal's description of a map layer, worded as GIS teams write them: a layer on a GIS portal on the same
     * subject as a table on the open data portal is a different dataset, and must not read like a mirror of it.
     */
    static String layerDescription(Agencies.Topic t, String title, String publisher, DemoRecord.Frequency f,
                                   SplittableRandom rng) {
        List<String> s = new ArrayList<>();
        s.add("Map layer: " + title + ", maintained by the " + publisher + " GIS team.");
        s.add("One feature per " + t.subject().unit().replaceFirst("^(one|a|an) ", "") + ", with geometry in WGS 84.");
        s.add("Refreshed " + f.words() + " from the enterprise geodatabase; attribute definitions are in the layer's metadata.");
        if (rng.nextBoolean()) s.add("Also available as a feature service for web maps and desktop GIS.");
        return String.join(" ", s);
    }

    /** A re-publisher's title for a copy: same words, differently dressed. */
    static String similarTitle(String title, String originOwner, SplittableRandom rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> title + " (" + originOwner + ")";
            case 1 -> originOwner + ": " + title;
            default -> title.toUpperCase(Locale.ROOT).charAt(0) + title.substring(1).toLowerCase(Locale.ROOT)
                    + " - " + originOwner;
        };
    }

    /** A re-publisher's description: the origin's text with the re-publisher's own note. */
    static String similarDescription(String description, String republisher) {
        String plain = description.replaceAll("<[^>]+>", "").replace('\n', ' ').strip();
        return plain + " Republished by " + republisher + " for regional use; see the original publisher for updates.";
    }

    /** A description padded past {@code length} characters, as some portals' generated descriptions are. */
    static String overlong(String description, int length) {
        StringBuilder sb = new StringBuilder(description);
        int n = 1;
        while (sb.length() <= length)
            sb.append(" Revision note ").append(n++).append(": field definitions unchanged; see the data dictionary.");
        return sb.toString();
    }

    static DemoRecord.Contact contact(SplittableRandom rng, String emailDomain) {
        Agencies a = Agencies.get();
        String first = a.firstNames().get(rng.nextInt(a.firstNames().size()));
        String last = a.lastNames().get(rng.nextInt(a.lastNames().size()));
        return new DemoRecord.Contact(first + " " + last,
                first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@" + emailDomain);
    }

    /** "Demo City" + "Police Department" -> "Demo City Police Department". */
    static String publisher(DemoPortal portal, Agencies.Agency agency) {
        String prefix = switch (portal.jurisdiction()) {
            case CITY -> "Demo City";
            case COUNTY -> "Demo County";
            default -> "Demo State";
        };
        return prefix + " " + agency.name();
    }

    private static String district(Jurisdiction j) {
        return switch (j) {
            case CITY -> "Council District";
            case COUNTY -> "Supervisorial District";
            default -> "County";
        };
    }

    private static String area(Jurisdiction j) {
        return switch (j) {
            case CITY -> "Citywide";
            case COUNTY -> "Countywide";
            default -> "Statewide";
        };
    }
}
