package org.civiccatalog.core.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.testing.RdfComparisons;
import org.junit.jupiter.api.Test;

/** Next-page links from hand-made pages, with current and deprecated Hydra terms, and the loop guard. */
class HydraPagingTest {
    static final String P = """
            @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;

    static Graph page(String ttl) {
        return RdfComparisons.parseTurtle(P + ttl);
    }

    @Test
    void current_terms_partial_collection_view() {
        Graph g = page("""
                <https://p.example/catalog> a hydra:Collection ; hydra:totalItems 250 ;
                  hydra:view <https://p.example/catalog?page=2> .
                <https://p.example/catalog?page=2> a hydra:PartialCollectionView ;
                  hydra:first <https://p.example/catalog?page=1> ; hydra:next <https://p.example/catalog?page=3> ;
                  hydra:last <https://p.example/catalog?page=3> .
                """);
        PageLinks l = HydraPaging.find(g, "https://p.example/catalog?page=2");
        assertThat(l).isEqualTo(new PageLinks(Optional.of("https://p.example/catalog?page=3"),
                Optional.of("https://p.example/catalog?page=1"), Optional.of("https://p.example/catalog?page=3"),
                OptionalLong.of(250), false));
    }

    @Test
    void deprecated_terms_paged_collection_with_literal_links_as_ckanext_dcat_writes_them() {
        Graph g = page("""
                <https://ckan.example/catalog.ttl?page=1> a hydra:PagedCollection ;
                  hydra:totalItems "3"^^xsd:integer ; hydra:itemsPerPage "1"^^xsd:integer ;
                  hydra:firstPage "https://ckan.example/catalog.ttl?page=1" ;
                  hydra:nextPage "https://ckan.example/catalog.ttl?page=2" ;
                  hydra:lastPage "https://ckan.example/catalog.ttl?page=3" .
                """);
        PageLinks l = HydraPaging.find(g, "https://ckan.example/catalog.ttl?page=1");
        assertThat(l.next()).contains("https://ckan.example/catalog.ttl?page=2");
        assertThat(l.first()).contains("https://ckan.example/catalog.ttl?page=1");
        assertThat(l.last()).contains("https://ckan.example/catalog.ttl?page=3");
        assertThat(l.totalItems()).hasValue(3);
        assertThat(l.deprecated()).isTrue();
    }

    @Test
    void a_view_found_through_hydra_view_without_type_and_a_relative_next_link() {
        Graph g = page("""
                <https://p.example/c> hydra:view [ hydra:next "?page=5" ] ; hydra:totalItems 9 .
                """);
        PageLinks l = HydraPaging.find(g, "https://p.example/c?page=4");
        assertThat(l.next()).contains("https://p.example/c?page=5");
        assertThat(l.totalItems()).hasValue(9);
    }

    @Test
    void last_page_and_unpaged_feeds_have_no_next() {
        assertThat(HydraPaging.find(page("<https://p.example/c?page=3> a hydra:PartialCollectionView ;"
                + " hydra:first <https://p.example/c?page=1> ."), "https://p.example/c?page=3").next()).isEmpty();
        assertThat(HydraPaging.find(page("<x:a> a dcat:Catalog ."), "https://p.example/c")).isEqualTo(PageLinks.none());
    }

    @Test
    void two_different_next_pages_are_an_error() {
        Graph g = page("<https://p.example/c?page=1> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=2>, <https://p.example/c?page=9> .");
        assertThatThrownBy(() -> HydraPaging.find(g, "https://p.example/c?page=1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ambiguous");
    }

    @Test
    void walking_pages_follows_next_until_the_last_page() {
        Map<String, Graph> site = Map.of(
                "https://p.example/c?page=1", page("<https://p.example/c?page=1> a hydra:PagedCollection ; hydra:nextPage \"https://p.example/c?page=2\" ."),
                "https://p.example/c?page=2", page("<https://p.example/c?page=2> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=3> ."),
                "https://p.example/c?page=3", page("<https://p.example/c?page=3> a hydra:PartialCollectionView ."));
        PageWalk walk = PageWalk.from("https://p.example/c?page=1", 100);
        List<String> read = new ArrayList<>();
        Optional<String> url = Optional.of(walk.current());
        while (url.isPresent()) {
            read.add(url.get());
            url = walk.advance(site.get(url.get()));
        }
        assertThat(read).containsExactly("https://p.example/c?page=1", "https://p.example/c?page=2", "https://p.example/c?page=3");
        assertThat(walk.pages()).isEqualTo(3);
    }

    @Test
    void a_next_page_already_read_is_a_loop_error() {
        PageWalk walk = PageWalk.from("https://p.example/c?page=1", 100);
        assertThat(walk.advance(page("<https://p.example/c?page=1> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=2> .")))
                .contains("https://p.example/c?page=2");
        assertThatThrownBy(() -> walk.advance(page("<https://p.example/c?page=2> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=1> .")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("loop")
                .hasMessageContaining("https://p.example/c?page=1");
        PageWalk self = PageWalk.from("https://p.example/x", 100);
        assertThatThrownBy(() -> self.advance(page("<https://p.example/x> a hydra:PagedCollection ; hydra:nextPage <https://p.example/x> .")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("loop");
    }

    @Test
    void the_page_limit_stops_an_endless_feed() {
        PageWalk walk = PageWalk.from("https://p.example/c?page=1", 2);
        walk.advance(page("<https://p.example/c?page=1> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=2> ."));
        assertThatThrownBy(() -> walk.advance(page("<https://p.example/c?page=2> a hydra:PartialCollectionView ; hydra:next <https://p.example/c?page=3> .")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 2 pages");
    }
}
