package io.github.sitegen.render;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.BuiltSite;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's sidebar must not grow with the site: the current note in full, the others by one link, or one link home. */
class SidebarSizeTest {

    private static BuiltSite site(int notes) {
        Map<String, String> content = new LinkedHashMap<>();
        for (int n = 1; n <= notes; n++) {
            content.put("note-%02d.md".formatted(n), """
                    # Note %d
                    ## Chapter one of note %d
                    ### What is question %d?
                    An answer with enough words to be an answer of note %d.
                    """.formatted(n, n, n, n));
        }
        return new SiteBuilder(BuildListener.SILENT).build(SiteOptions.forProject(Path.of("no-such-project"), "T"), content);
    }

    private static Document firstNotePage(BuiltSite site) {
        String page = site.files().keySet().stream().filter(p -> p.startsWith("note-01")).findFirst().orElseThrow();
        return Jsoup.parse(site.text(page));
    }

    @Test
    void otherNotesAreOneLinkEach() {
        Document page = firstNotePage(site(3));

        assertThat(page.select("#sg-sidebar details.sg-nav-group")).hasSize(1);
        assertThat(page.select("#sg-sidebar a.sg-nav-note").eachText()).hasSize(2)
                .allMatch(t -> t.startsWith("Note 2") || t.startsWith("Note 3"));
    }

    @Test
    void beyondTwentyNotesTheSidebarLinksHomeInsteadOfEachNote() {
        BuiltSite site = site(Frame.NOTES_IN_SIDEBAR + 1);
        Document page = firstNotePage(site);

        assertThat(page.select("#sg-sidebar a.sg-nav-note").eachText()).singleElement().asString().startsWith("All 21 notes");
        assertThat(page.select("#sg-sidebar a.sg-nav-note").attr("href")).isEqualTo("../index.html");
        assertThat(Jsoup.parse(site.text("index.html")).select(".sg-source")).as("the home page lists every note").hasSize(21);
    }
}
