package io.github.sitegen.render;

import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.topic.Topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The emitter of the pages that lead into the notes: the home page, and a page per topic. */
final class IndexPages {
    private final Theme theme;
    private final Frame frame;

    IndexPages(Theme theme, Frame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    List<SiteFile> files() {
        List<SiteFile> files = new ArrayList<>();
        files.add(SiteFile.text("index.html", theme.render("index", frame.homeContext())));
        for (Topic topic : frame.topics().topics()) {
            files.add(SiteFile.text(Frame.topicUrl(topic), topic(topic)));
        }
        return files;
    }

    private String topic(Topic topic) {
        SiteModel site = frame.site();
        String url = Frame.topicUrl(topic);
        Map<String, Object> context = frame.context(url, null);
        List<String> ids = frame.topics().questionsOf(topic);
        Set<String> wanted = new HashSet<>(ids); // the list's own contains made this quadratic in the questions
        Map<String, List<Views.Link>> bySource = new LinkedHashMap<>();
        for (PageLayout layout : site.placement().pages()) {
            for (PageItem.Shown question : layout.questions()) {
                String id = question.place().href();
                if (wanted.contains(id)) {
                    bySource.computeIfAbsent(layout.page().sourcePath(), k -> new ArrayList<>())
                            .add(new Views.Link(question.section().title(), RelativeUrls.between(url, id), false, 0));
                }
            }
        }
        List<Views.NavGroup> groups = new ArrayList<>();
        for (SourceEntry source : site.sources()) {
            List<Views.Link> links = bySource.get(source.path());
            if (links != null) {
                groups.add(new Views.NavGroup(source.title(), source.path(), false, links.size(), links));
            }
        }
        context.put("topic", new Views.TopicView(topic.name(), ids.size(), groups));
        context.put("meta", new Views.Meta(topic.name(), ids.size() + " questions on " + topic.name()
                + ", gathered from every note of " + site.title(), frame.canonical(url)));
        return theme.render("topic", context);
    }
}
