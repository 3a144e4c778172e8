package org.civiccatalog.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.civiccatalog.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourcesFileTest {
    @TempDir Path dir;

    static Path laRegion() {
        return Paths.get("").toAbsolutePath().getParent().resolve("config/la-region.json");
    }

    @Test
    void the_shipped_la_region_names_the_real_portals() {
        List<HarvestSource> s = SourcesFile.read(laRegion());
        assertThat(s).extracting(HarvestSource::id)
                .containsExactly("lacity", "lacity-controller", "lacity-geohub", "lacounty", "ca-state", "ca-chhs", "ca-cnra");
        assertThat(s).extracting(x -> x.url().getHost()).containsExactly("data.lacity.org", "controllerdata.lacity.org",
                "geohub.lacity.org", "data.lacounty.gov", "data.ca.gov", "data.chhs.ca.gov", "data.cnra.ca.gov");
        assertThat(s).extracting(HarvestSource::kind).containsExactly(SourceKind.SOCRATA, SourceKind.SOCRATA,
                SourceKind.ARCGIS_HUB, SourceKind.ARCGIS_HUB, SourceKind.CKAN, SourceKind.CKAN, SourceKind.CKAN);
        assertThat(s.get(3).jurisdiction()).isEqualTo(HarvestSource.Jurisdiction.COUNTY);
        assertThat(s.get(0).schedule()).contains(Duration.ofHours(24));
        assertThat(s.get(4).limits().maxVanishedShare()).isEqualTo(0.2);
    }

    Path write(String json) throws Exception {
        Path p = dir.resolve("sources.json");
        Files.writeString(p, json);
        return p;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown kind|{\"sources\":[{\"id\":\"a\",\"kind\":\"sharepoint\",\"url\":\"https://x.gov\"}]}|sources[0].kind",
            "duplicate id|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"https://x.gov\"},{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"https://y.gov\"}]}|duplicate source id",
            "missing url|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\"}]}|\"url\" is required",
            "bad id|{\"sources\":[{\"id\":\"A B\",\"kind\":\"ckan\",\"url\":\"https://x.gov\"}]}|sources[0].id",
            "ftp url|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"ftp://x.gov\"}]}|absolute http(s) URL",
            "bad schedule|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"https://x.gov\",\"schedule\":\"daily\"}]}|sources[0].schedule",
            "unknown field|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"https://x.gov\",\"sheduel\":\"PT1H\"}]}|unknown field",
            "share over 1|{\"sources\":[{\"id\":\"a\",\"kind\":\"ckan\",\"url\":\"https://x.gov\",\"limits\":{\"maxVanishedShare\":2}}]}|maxVanishedShare",
            "no sources array|{\"portals\":[]}|\"sources\" array"})
    void a_bad_file_is_refused_naming_the_place(String what, String json, String expected) throws Exception {
        Path p = write(json);
        assertThatThrownBy(() -> SourcesFile.read(p)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("sources.json").hasMessageContaining(expected);
    }

    @Test
    void malformed_json_names_the_line() throws Exception {
        Path p = write("{\n \"sources\": [\n  {\"id\": \"a\",, }\n ]\n}");
        assertThatThrownBy(() -> SourcesFile.read(p)).isInstanceOf(InvalidInputException.class).hasMessageContaining(":3");
    }

    @Test
    void a_minimal_source_gets_defaults() throws Exception {
        List<HarvestSource> s = SourcesFile.read(write("{\"sources\":[{\"id\":\"a\",\"kind\":\"datajson\",\"url\":\"https://x.gov/data.json\"}]}"));
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.limits()).isEqualTo(SourceLimits.defaults());
            assertThat(x.schedule()).isEmpty();
            assertThat(x.owner()).isEqualTo("a");
        });
    }
}
