package org.civiccatalog.core.audit.validation;

import java.util.Map;
import java.util.Optional;

/** What each data.json (POD v1.1) field is, in plain English, and what a good value looks like. */
final class PodFields {
    private PodFields() {}

    record Field(String label, String hint) {}

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            f("title", "the title", "a plain-English name that says what the data is"),
            f("description", "the description", "a few sentences on what the data contains, where it comes from and its limits"),
            f("keyword", "the keywords", "a list of tags people would search for, e.g. [\"parking\", \"citations\"]"),
            f("modified", "the last-update date", "an ISO 8601 date such as 2024-05-01 or 2024-05-01T12:00:00Z"),
            f("issued", "the release date", "an ISO 8601 date such as 2019-03-15"),
            f("publisher", "the publisher", "{\"name\": \"<the department that publishes it>\"}"),
            f("publisher.name", "the publisher's name", "the department's name"),
            f("contactPoint", "the contact point", "{\"fn\": \"<name>\", \"hasEmail\": \"mailto:<address>\"}"),
            f("contactPoint.fn", "the contact's name", "a person's or a team's name"),
            f("contactPoint.hasEmail", "the contact's e-mail", "mailto: followed by an address, e.g. mailto:opendata@lacity.org"),
            f("identifier", "the identifier", "a unique, stable id, ideally the dataset's URL"),
            f("accessLevel", "the access level", "one of public, restricted public, non-public"),
            f("bureauCode", "the bureau code", "OMB bureau codes like [\"015:11\"] (federal agencies)"),
            f("programCode", "the program code", "Federal Program Inventory codes like [\"015:001\"] (federal agencies)"),
            f("license", "the license", "the URL of the license, e.g. https://creativecommons.org/publicdomain/zero/1.0/"),
            f("rights", "the rights statement", "1 to 255 characters on access restrictions"),
            f("spatial", "the spatial coverage", "a place name, a GeoNames URL, or a bounding box west,south,east,north"),
            f("temporal", "the temporal coverage", "an ISO 8601 interval such as 2010-01-01/2020-12-31"),
            f("accrualPeriodicity", "the update frequency", "an ISO 8601 repeating duration such as R/P1W (weekly), R/P1M (monthly), or irregular"),
            f("conformsTo", "the standard it conforms to", "the URL of the standard"),
            f("describedBy", "the data dictionary", "the URL of the data dictionary"),
            f("describedByType", "the data dictionary's media type", "an IANA media type such as text/csv"),
            f("isPartOf", "the parent collection", "the identifier of the parent dataset"),
            f("landingPage", "the landing page", "the URL of the dataset's web page"),
            f("language", "the language", "language tags such as [\"en-US\"]"),
            f("references", "the related documents", "a list of URLs"),
            f("theme", "the category", "a list of categories, e.g. [\"Transportation\"]"),
            f("primaryITInvestmentUII", "the IT investment UII", "a code like 023-000000001 (federal agencies)"),
            f("systemOfRecords", "the system of records", "the URL of the SORN (federal agencies)"),
            f("dataQuality", "the data quality flag", "true or false"),
            f("distribution", "the distributions", "a list of files or APIs, each with a downloadURL (and mediaType) or an accessURL"),
            f("distribution.downloadURL", "a distribution's download URL", "the URL of the file itself"),
            f("distribution.accessURL", "a distribution's access URL", "the URL of the API or the page to get the data"),
            f("distribution.mediaType", "a distribution's media type", "the file's IANA media type, e.g. text/csv"),
            f("distribution.format", "a distribution's format", "a short name such as CSV"),
            f("distribution.conformsTo", "a distribution's standard", "the URL of the standard"),
            f("distribution.describedBy", "a distribution's data dictionary", "the URL of the data dictionary"),
            f("distribution.describedByType", "a distribution's data dictionary media type", "an IANA media type"),
            f("distribution.title", "a distribution's title", "a short name"),
            f("distribution.description", "a distribution's description", "a sentence"));

    private static Map.Entry<String, Field> f(String path, String label, String hint) {
        return Map.entry(path, new Field(label, hint));
    }

    static Optional<Field> of(String path) {
        return Optional.ofNullable(FIELDS.get(path));
    }

    static String label(String path) {
        return of(path).map(Field::label).orElse("'" + path + "'");
    }

    static String hint(String path) {
        return of(path).map(f -> " Give " + f.hint() + ".").orElse("");
    }
}
