package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.topic.TopicIndex;

/** What a build tells the user about the site it planned: each note's pages, and the questions no topic took. */
final class BuildLog {
    private BuildLog() {
    }

    static void topics(TopicIndex topics, BuildListener listener) {
        if (topics.topics().isEmpty()) {
            return;
        }
        listener.info("topics: " + topics.topics().size() + " topics, " + topics.topicsOf().size() + " questions placed, "
                + topics.unmatched().size() + " in no topic" + (topics.unmatched().isEmpty() ? "" : " (add keywords to topics.yml):"));
        topics.unmatched().forEach(q -> listener.info("  no topic: " + q));
    }

    static void pages(SiteModel site, BuildListener listener) {
        for (SourceEntry source : site.sources()) {
            listener.info(source.path() + " -> " + source.pages().size() + " page(s), " + source.questionCount() + " questions");
            for (Page page : source.pages()) {
                listener.info("  " + page.url() + "  " + page.title() + " (" + page.questionCount() + " questions)");
            }
        }
    }
}
