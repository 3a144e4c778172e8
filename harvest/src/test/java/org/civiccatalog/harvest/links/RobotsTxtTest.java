package org.civiccatalog.harvest.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** robots.txt rules as RFC 9309 reads them; each rule with the path it must let through. */
class RobotsTxtTest {
    private static RobotsTxt robots(String text) {
        return RobotsTxt.parse(text, "civic-catalog");
    }

    @Test
    void disallow_blocks_the_prefix_and_lets_others_through() {
        RobotsTxt r = robots("User-agent: *\nDisallow: /private/\n");
        assertThat(r.allows("/private/a.csv")).isFalse();
        assertThat(r.allows("/public/a.csv")).isTrue();
        assertThat(r.allows("/robots.txt")).isTrue();
    }

    @Test
    void the_longest_match_wins_and_allow_wins_a_tie() {
        RobotsTxt r = robots("User-agent: *\nDisallow: /data/\nAllow: /data/open/\nDisallow: /x\nAllow: /x\n");
        assertThat(r.allows("/data/open/a.csv")).isTrue();
        assertThat(r.allows("/data/closed/a.csv")).isFalse();
        assertThat(r.allows("/x")).isTrue();
    }

    @Test
    void wildcards_and_end_anchors() {
        RobotsTxt r = robots("User-agent: *\nDisallow: /*.xls$\nDisallow: /*?export=\n");
        assertThat(r.allows("/files/a.xls")).isFalse();
        assertThat(r.allows("/files/a.xlsx")).isTrue();
        assertThat(r.allows("/api/v1?export=csv")).isFalse();
        assertThat(r.allows("/api/v1?format=csv")).isTrue();
    }

    @Test
    void our_own_group_replaces_the_star_group() {
        RobotsTxt r = robots("User-agent: *\nDisallow: /\n\nUser-agent: Civic-Catalog\nDisallow: /admin\n");
        assertThat(r.allows("/data.csv")).isTrue();
        assertThat(r.allows("/admin/x")).isFalse();
    }

    @Test
    void twin_without_our_group_the_star_group_applies() {
        RobotsTxt r = robots("User-agent: otherbot\nAllow: /\n\nUser-agent: *\nDisallow: /\n");
        assertThat(r.allows("/data.csv")).isFalse();
    }

    @Test
    void an_empty_disallow_and_comments_allow_everything() {
        RobotsTxt r = robots("# nothing to hide\nUser-agent: *\nDisallow:   # all allowed\n");
        assertThat(r.allows("/anything")).isTrue();
        assertThat(RobotsTxt.disallowAll().allows("/anything")).isFalse();
    }
}
