package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Served content type against the declared media type or format: mismatch, match, or no verdict. */
class ContentTypesTest {
    private static LinkTarget target(LinkRole role, String mediaType, String format) {
        return new LinkTarget(URI.create("https://x.example/f"), role, "https://c.example/d", Optional.empty(),
                Optional.ofNullable(mediaType), Optional.ofNullable(format));
    }

    @ParameterizedTest(name = "declared {0} / {1}, served {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "text/csv, -, text/csv; charset=utf-8, false",
            "text/csv, -, text/html, true",
            "text/csv, -, text/plain, true",
            "application/geo+json, -, application/json, false",
            "application/json, -, application/geo+json, false",
            "-, SHP, application/zip, false",
            "-, CSV, application/pdf, true",
            "-, CSV, text/csv, false",
            "text/xml, -, application/xml, false",
            "application/vnd.ms-excel, -, text/html, true"})
    void verdict(String mediaType, String format, String served, boolean mismatch) {
        assertThat(ContentTypes.mismatch(target(LinkRole.DOWNLOAD_URL, mediaType, format), ContentTypes.mediaType(served)))
                .contains(mismatch);
    }

    @ParameterizedTest(name = "declared {0} / {1}, served {2}: no verdict")
    @CsvSource(nullValues = "-", value = {
            "text/csv, -, application/octet-stream",
            "-, -, text/html",
            "-, CSV, application/x-unknown-thing",
            "text/csv, -, -"})
    void no_verdict(String mediaType, String format, String served) {
        assertThat(ContentTypes.mismatch(target(LinkRole.DOWNLOAD_URL, mediaType, format), ContentTypes.mediaType(served))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ACCESS_URL", "LANDING_PAGE"})
    void pages_and_apis_are_not_compared(LinkRole role) {
        assertThat(ContentTypes.mismatch(target(role, "text/csv", null), Optional.of("text/html"))).isEmpty();
    }
}
