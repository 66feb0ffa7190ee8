package io.github.sitegen.dedup;

import io.github.sitegen.support.RecordingListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.support.SiteCrawler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What issue 3's definition of done asks of the real notes in {@code content/}. */
class DedupOnContentTest {
    private static final Path CONTENT = Path.of("content");
    private static final String QA = "django-drf-postgresql-qa.md";

    @TempDir
    static Path work;
    static Path site;
    static JsonNode report;
    static SiteCrawler crawler;
    static final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void buildTheGuide() throws IOException {
        site = work.resolve("site");
        new SiteBuilder(listener).build(new SiteOptions(CONTENT, work.resolve("no-templates"), site, "Guide", Optional.empty(), Optional.empty()));
        report = new ObjectMapper().readTree(site.resolve("dedup-report.json").toFile());
        crawler = new SiteCrawler(site);
    }

    /** Lines of the Q&A note where a heading of {@code level} numbered {@code n} starts, by {@code n}. */
    private static TreeMap<Integer, List<Integer>> numberedHeadings(String level) throws IOException {
        TreeMap<Integer, List<Integer>> lines = new TreeMap<>();
        Pattern heading = Pattern.compile("^" + level + " (\\d+)\\. ");
        List<String> text = Files.readAllLines(CONTENT.resolve(QA));
        for (int i = 0; i < text.size(); i++) {
            Matcher m = heading.matcher(text.get(i));
            if (m.find()) {
                lines.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>()).add(i + 1);
            }
        }
        return lines;
    }

    private static List<JsonNode> groups(String kind) {
        List<JsonNode> groups = new ArrayList<>();
        report.get("groups").forEach(g -> {
            if (g.get("kind").asText().equals(kind)) {
                groups.add(g);
            }
        });
        return groups;
    }

    private static List<String> members(JsonNode group) {
        List<String> members = new ArrayList<>();
        group.get("members").forEach(m -> members.add(m.get("role").asText() + " " + m.get("source").asText() + ":" + m.get("line").asInt()));
        return members;
    }

    @Test
    void theSecondCopyOfQuestions43To66IsFoldedIntoTheFirstWithItsSubsections() throws IOException {
        TreeMap<Integer, List<Integer>> h2 = numberedHeadings("##");
        List<List<String>> identical = groups("identical").stream().map(DedupOnContentTest::members).toList();
        for (int n = 43; n <= 66; n++) {
            List<Integer> lines = h2.get(n);
            assertThat(lines).as("question " + n + " is written twice at level 2").hasSize(2);
            assertThat(identical).as("question " + n).contains(List.of("canonical " + QA + ":" + lines.get(0), "copy " + QA + ":" + lines.get(1)));
        }
        // the copies' subsections are not shown again: "Router Structure:" belongs to question 45 only
        long routerStructure = crawler.htmlFiles().stream().filter(p -> p.contains("/"))
                .mapToLong(p -> crawler.page(p).select(".sg-content h3:containsOwn(Router Structure:)").size()).sum();
        assertThat(routerStructure).isEqualTo(1);
    }

    @Test
    void theOtherVersionsOf43And44And67AreGroupedWithTheirCounterpartsNoneDropped() throws IOException {
        TreeMap<Integer, List<Integer>> h2 = numberedHeadings("##");
        TreeMap<Integer, List<Integer>> h3 = numberedHeadings("###");
        List<List<String>> variants = groups("variant").stream().map(DedupOnContentTest::members).toList();
        assertThat(variants).contains(
                List.of("canonical " + QA + ":" + h3.get(43).get(0), "variant " + QA + ":" + h2.get(43).get(0)),
                List.of("canonical " + QA + ":" + h3.get(44).get(0), "variant " + QA + ":" + h2.get(44).get(0)));
        int question67 = Files.readAllLines(CONTENT.resolve(QA)).indexOf("## Question 67: How Atomic Transactions Happen in Django") + 1;
        assertThat(variants).contains(List.of("canonical " + QA + ":" + h2.get(67).get(0), "variant " + QA + ":" + question67));

        // the level-2 answer to 43 is shown under the level-3 one, with its subsections
        Document basic = crawler.page("django-drf-postgresql-qa/basic-django-questions.html");
        Element moved = basic.getElementById("django-drf-postgresql-qa.43-how-does-django-handle-database-transactions-1");
        assertThat(moved).isNotNull();
        assertThat(moved.parent().text()).contains("Django provides several mechanisms for handling database transactions",
                "Transaction Handling Mechanisms:", "Transaction Isolation Levels:");
    }

    @Test
    void theSameQuestionAcrossNotesIsAnsweredInOnePlace() {
        List<Set<String>> notesPerGroup = new ArrayList<>();
        for (JsonNode group : groups("variant")) {
            Set<String> notes = new HashSet<>();
            group.get("members").forEach(m -> notes.add(m.get("source").asText()));
            notesPerGroup.add(notes);
        }
        // "Django" is learned from the notes as their subject: "What are Signals?" asks what "What are Django signals?" asks
        assertThat(titlesOf("What are Django signals and when to use them?")).contains("What are Signals?", "40. What are Django Signals?");
        assertThat(titlesOf("What are Models?")).contains("26. What are models in django", "Models in django");
        assertThat(titlesOf("Explain select_related() vs prefetch_related()")).contains("Understanding select_related vs prefetch_related");
        assertThat(notesPerGroup).anySatisfy(notes -> assertThat(notes).hasSize(5));
    }

    /** Titles of the members of the variant group whose canonical title ends with {@code title}. */
    private static List<String> titlesOf(String title) {
        for (JsonNode group : groups("variant")) {
            if (group.get("members").get(0).get("title").asText().endsWith(title)) {
                List<String> titles = new ArrayList<>();
                group.get("members").forEach(m -> titles.add(m.get("title").asText()));
                return titles;
            }
        }
        return List.of();
    }

    /** Pairs of titles of the groups of {@code kind}. */
    private static List<List<String>> pairs(String kind) {
        List<List<String>> pairs = new ArrayList<>();
        for (JsonNode group : groups(kind)) {
            List<String> titles = new ArrayList<>();
            group.get("members").forEach(m -> titles.add(m.get("title").asText()));
            pairs.add(titles);
        }
        return pairs;
    }

    @Test
    void questionsThatMayBeTheSameButDoNotConvinceStayWhereTheyAreAndLinkToEachOther() {
        // issue 17's examples: one asks how, the other what; one says "flow of requests", the other "request-response cycle"
        assertThat(pairs("linked")).contains(
                List.of("10. How do you use Django's generic views?", "5. What are Django generic views and when should you use them?"),
                List.of("4. Explain Django's request-response cycle", "64. What is the flow of requests in Django files?"));
        JsonNode member = null;
        for (JsonNode group : groups("linked")) {
            for (JsonNode m : group.get("members")) {
                member = m.get("title").asText().equals("10. How do you use Django's generic views?") ? m : member;
            }
        }
        Element generic = crawler.page(member.get("page").asText()).getElementById(member.get("anchor").asText()).parent();
        assertThat(generic.select("> .sg-also-asked a")).extracting(Element::text)
                .containsExactly("5. What are Django generic views and when should you use them?");
        assertThat(generic.select(".sg-other-answer")).isEmpty();
    }

    @Test
    void hardNegativesOfTheNotesAreNeverMergedNorLinked() {
        List<List<String>> merged = new ArrayList<>(pairs("variant"));
        merged.addAll(pairs("near"));
        merged.addAll(pairs("linked"));
        String apiView = "1. What is the difference between APIView and ViewSet in Django REST Framework?";
        String genericApiView = "55. What is the difference between APIView and GenericAPIView in DRF?";
        assertThat(merged).noneSatisfy(t -> assertThat(t).contains(apiView, genericApiView));
        assertThat(merged).noneSatisfy(t -> assertThat(t).contains("5. What are the Features of using Django?", "1. What is Django?"));
        assertThat(pairs("related")).anySatisfy(t -> assertThat(t).containsExactlyInAnyOrder(
                "28. How do you handle file uploads securely?", "47. How does Django handle file uploads under the hood?"));
    }

    @Test
    void theSummaryLineTheJsonAndTheDuplicatesPageAgree() {
        JsonNode s = report.get("summary");
        String line = DedupSiteTest.summaryLine(s);
        assertThat(listener.log()).contains(line);
        assertThat(s.get("blocksLost").asInt()).isZero();
        assertThat(s.get("identicalCopies").asInt()).isEqualTo(groups("identical").stream()
                .mapToInt(g -> g.get("members").size() - 1).sum());
        assertThat(s.get("variantGroups").asInt()).isEqualTo(groups("variant").size());
        assertThat(s.get("linkedPairs").asInt()).isEqualTo(groups("linked").size());
        assertThat(s.get("relatedLinks").asInt()).isEqualTo(groups("related").size());
        Document page = crawler.page("duplicates.html");
        assertThat(page.select("#identical + p + ol > li")).hasSize(groups("identical").size());
        assertThat(page.select("#variant + p + ol > li")).hasSize(groups("variant").size());
        assertThat(page.select("#linked + p + ol > li")).hasSize(groups("linked").size());
        assertThat(page.select(".sg-lead").text()).contains("Of " + s.get("sections").asInt() + " sections");
        assertThat(listener.log()).noneMatch(l -> l.startsWith("WARN"));
    }
}
