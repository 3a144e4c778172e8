package org.civiccatalog.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapes_text_and_attributes() {
        assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void only_web_and_mail_iris_become_links() {
        assertThat(Html.link("https://e.x/?a=1&b=\"2\"", "t")).isEqualTo("<a href=\"https://e.x/?a=1&amp;b=&quot;2&quot;\">t</a>");
        assertThat(Html.link("mailto:a@b.c", "a")).startsWith("<a href=");
        assertThat(Html.link("javascript:alert(1)", "<x>")).isEqualTo("&lt;x&gt;");
        assertThat(Html.link("JavaScript:alert(1)", "x")).doesNotContain("href");
        assertThat(Html.link("data:text/html,<script>", "x")).doesNotContain("href");
    }
}
