package io.github.sitegen.topic;

import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SitePlanner;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicMatcherTest {
    private static final Taxonomy TAXONOMY = Taxonomy.parse("topics.yml", """
            topics:
              - name: QuerySets
                keywords: [queryset, select_related]
              - name: Models & ORM
                keywords: [model, null=true]
              - name: Caching
                keywords: [cache, redis]
            """);

    private static SiteModel site(String markdown) {
        var outline = new SectionTreeBuilder().build(new MarkdownConverter()
                .convert(new SourceDocument("notes.md", FrontMatter.NONE, markdown, 1)));
        return new SitePlanner().plan("T", Optional.empty(), List.of(outline));
    }

    @Test
    void aQuestionJoinsEveryTopicItsTitleNamesAsWholeWords() {
        TopicIndex index = new TopicMatcher(TAXONOMY).index(site("""
                # Notes
                ## ORM
                ### What does select_related() do to a model's queryset?
                Joins.
                ### What is null=True on a model field?
                Nullable.
                ### Why is models.py imported first?
                Python imports modules in the order they are named.
                """));
        assertThat(index.topicsOf("notes/orm.html#what-does-select_related-do-to-a-models-queryset"))
                .extracting(Topic::name).containsExactly("QuerySets", "Models & ORM");
        assertThat(index.topicsOf("notes/orm.html#what-is-nulltrue-on-a-model-field")).extracting(Topic::name).containsExactly("Models & ORM");
        assertThat(index.unmatched()).containsExactly("notes.md:7: Why is models.py imported first?");
    }

    @Test
    void theAnswerDecidesOnlyWhenTheTitleNamesNoTopic() {
        TopicIndex index = new TopicMatcher(TAXONOMY).index(site("""
                # Notes
                ## Speed
                ### How do you make pages faster?
                Put them in a cache such as Redis.
                ### What is a queryset?
                Lazy; often worth a cache.
                """));
        assertThat(index.topicsOf("notes/speed.html#how-do-you-make-pages-faster")).extracting(Topic::name).containsExactly("Caching");
        assertThat(index.topicsOf("notes/speed.html#what-is-a-queryset")).extracting(Topic::name).containsExactly("QuerySets");
        assertThat(index.questionsOf(index.topics().get(2))).containsExactly("notes/speed.html#how-do-you-make-pages-faster");
    }

    @Test
    void aNotesTagsPlaceAllItsQuestionsInTopicsOfTheirNames() {
        SiteModel site = new SitePlanner().plan("T", Optional.empty(), List.of(
                outline("career.md", "# Career\n## How do you grow as an engineer?\nScope.\n## What is a cache?\nA store.\n"),
                outline("intro.md", "# Intro\nJust text, no question.\n"),
                outline("other.md", "# Other\n## Why test?\nConfidence.\n")));
        TopicIndex index = new TopicMatcher(TAXONOMY, java.util.Map.of("career.md", List.of("career", "caching", "front end"),
                "intro.md", List.of("unused"))).index(site);
        // the taxonomy's topics first ("caching" is its "Caching"), then the tags' own, by name; a tag no question is in is no topic
        assertThat(index.topics()).extracting(Topic::name).containsExactly("QuerySets", "Models & ORM", "Caching", "career", "front end");
        assertThat(index.topicsOf().entrySet()).hasSize(2).allSatisfy(question -> assertThat(question.getValue())
                .extracting(Topic::name).containsExactly("Caching", "career", "front end"));
        assertThat(index.topics().get(4).slug()).isEqualTo("front-end");
        assertThat(index.unmatched()).containsExactly("other.md:2: Why test?");
    }

    private static io.github.sitegen.core.DocumentOutline outline(String path, String markdown) {
        return new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    @Test
    void withoutATopicsFileThereAreNoTopics() {
        assertThat(new TopicMatcher(Taxonomy.NONE).index(site("# N\n## What is X?\n"))).isEqualTo(TopicIndex.NONE);
    }

    @Test
    void aTopicWithoutKeywordsIsRejectedWithItsLine() {
        assertThatThrownBy(() -> Taxonomy.parse("topics.yml", "topics:\n  - name: Admin\n    keywords: []\n"))
                .isInstanceOf(SiteBuildException.class)
                .hasMessage("topics.yml:2: topic 'Admin' needs a 'name:' and a non-empty 'keywords:' list");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> Taxonomy.parse("topics.yml", "topics:\n  - name: [unclosed\n"))
                .isInstanceOf(SiteBuildException.class)
                .hasMessageStartingWith("topics.yml:");
    }
}
