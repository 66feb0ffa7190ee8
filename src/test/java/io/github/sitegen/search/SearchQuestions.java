package io.github.sitegen.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The 40 questions of {@code search/questions.tsv}: what a student types, and the questions of the guide of
 * content/ that answer it. A result answers when it leads to one of those questions, or into its card (another
 * note's answer to it, shown under it).
 */
public final class SearchQuestions {
    private static final Map<Path, Document> PAGES = new ConcurrentHashMap<>();

    /** @param accepted heading ids of the questions that answer it */
    public record Question(String query, Set<String> accepted) {
        /**
         * Whether one of these result links (absolute, under {@code base}, the site's address; {@code ?h=} and all)
         * leads to one of the accepted questions or into its card, on the pages of the built site.
         */
        public boolean foundIn(List<String> hrefs, String base, Path site) {
            return hrefs.stream().anyMatch(href -> answers(href, base, site));
        }

        private boolean answers(String href, String base, Path site) {
            URI uri = URI.create(href);
            if (uri.getFragment() == null || !href.startsWith(base)) {
                return false;
            }
            String path = href.substring(base.length()).replaceAll("[?#].*", "");
            Element target = page(site.resolve(path)).getElementById(uri.getFragment());
            for (Element e = target; e != null; e = e.parent()) {
                Element heading = e.is("section.sg-question") ? e.selectFirst("> [id]") : e.hasAttr("id") ? e : null;
                if (heading != null && accepted.contains(heading.id())) {
                    return true;
                }
            }
            return false;
        }
    }

    private SearchQuestions() {
    }

    public static List<Question> all() {
        try (InputStream in = SearchQuestions.class.getResourceAsStream("/search/questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(f -> new Question(f[0], Set.copyOf(Arrays.asList(f[1].split(" ")))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(Path file) {
        return PAGES.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
