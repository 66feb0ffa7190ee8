package io.github.sitegen.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubSluggerTest {

    /** Expected values are the ids GitHub gives these headings of the study notes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Settings.py Configuration | settingspy-configuration",
            "QuerySets & Database Queries | querysets--database-queries",
            "Understanding select_related vs prefetch_related | understanding-select_related-vs-prefetch_related",
            "Only/Defer: Select Specific Fields | onlydefer-select-specific-fields",
            "1. What is Django and what are its key features? | 1-what-is-django-and-what-are-its-key-features",
            "Django’s request/response cycle | djangos-requestresponse-cycle",
            "Class-Based Views (CBV) | class-based-views-cbv",
            "Café au lait — déjà vu | café-au-lait--déjà-vu",
    })
    void slugFollowsGitHubRules(String heading, String expected) {
        assertThat(GitHubSlugger.slug(heading)).isEqualTo(expected);
    }

    @Test
    void repeatedHeadingsGetNumberedSuffixesLikeGitHub() {
        GitHubSlugger slugger = new GitHubSlugger();
        assertThat(slugger.unique("Example")).isEqualTo("example");
        assertThat(slugger.unique("Example")).isEqualTo("example-1");
        assertThat(slugger.unique("Example")).isEqualTo("example-2");
    }

    @Test
    void aSuffixNeverCollidesWithAHeadingThatAlreadyHasIt() {
        GitHubSlugger slugger = new GitHubSlugger();
        assertThat(slugger.unique("Step-1")).isEqualTo("step-1");
        assertThat(slugger.unique("Step")).isEqualTo("step");
        assertThat(slugger.unique("Step")).isEqualTo("step-2");
    }
}
