package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LunrIndexBuilderTest {

    private static final LunrIndexBuilder TITLE_AND_BODY =
            LunrIndexBuilder.builder().field("title", 10).field("body").build();

    private static SearchDocument doc(String ref, String title, String body) {
        return new SearchDocument(ref, Map.of("title", title, "body", body));
    }

    private static String json(LunrIndexBuilder builder, SearchDocument... documents) {
        return builder.index(List.of(documents)).toJson();
    }

    @Test
    void reproducesLunrsOwnOutputForATwoDocumentIndex() {
        // JSON.stringify(idx) from lunr 2.3.9 for the same documents (LUNR.md 1.8)
        String lunr = "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],"
                + "\"fieldVectors\":[[\"title/1\",[0,1.294,1,1.294]],[\"body/1\",[0,0.237,2,0.641]],"
                + "[\"title/2\",[]],[\"body/2\",[1,0.199,3,0.755]]],"
                + "\"invertedIndex\":[[\"again\",{\"_index\":2,\"title\":{},\"body\":{\"1\":{}}}],"
                + "[\"hello\",{\"_index\":0,\"title\":{\"1\":{}},\"body\":{\"1\":{}}}],"
                + "[\"peac\",{\"_index\":3,\"title\":{},\"body\":{\"2\":{}}}],"
                + "[\"world\",{\"_index\":1,\"title\":{\"1\":{}},\"body\":{\"2\":{}}}]],"
                + "\"pipeline\":[\"stemmer\"]}";

        String java = json(TITLE_AND_BODY, doc("1", "Hello World", "Hello, hello again!"),
                doc("2", "Other", "World peace"));

        assertThat(java).isEqualTo(lunr);
    }

    @Test
    void integerLikeRefsAreSerializedFirstInNumericOrder() {
        LunrIndexBuilder body = LunrIndexBuilder.builder().field("body").build();

        String json = json(body, new SearchDocument("b", Map.of("body", "dog")),
                new SearchDocument("10", Map.of("body", "dog")), new SearchDocument("01", Map.of("body", "dog")),
                new SearchDocument("2", Map.of("body", "dog")),
                new SearchDocument("4294967295", Map.of("body", "dog")));

        assertThat(json).contains("{\"_index\":0,\"body\":{\"2\":{},\"10\":{},\"b\":{},\"01\":{},\"4294967295\":{}}}");
    }

    @Test
    void fieldVectorsKeepDocumentOrderWhateverTheRefs() {
        LunrIndexBuilder body = LunrIndexBuilder.builder().field("body").build();

        String json = json(body, new SearchDocument("b", Map.of("body", "dog")),
                new SearchDocument("10", Map.of("body", "cat")));

        assertThat(json).contains("\"fieldVectors\":[[\"body/b\",[0,0.693]],[\"body/10\",[1,0.693]]]");
    }

    @Test
    void integerLikeTermsAreSortedAsStringsNotNumbers() {
        LunrIndex index = LunrIndexBuilder.builder().field("body").build()
                .index(List.of(new SearchDocument("d", Map.of("body", "2024 9 10 2"))));

        assertThat(index.toJson()).containsSubsequence("[\"10\",", "[\"2\",", "[\"2024\",", "[\"9\",");
    }

    @Test
    void termsAreNumberedInOrderOfFirstAppearanceAcrossDocumentsAndFields() {
        String json = json(TITLE_AND_BODY, doc("1", "zebra", "apple"), doc("2", "mango", "zebra"));

        assertThat(json).contains("[\"appl\",{\"_index\":1,", "[\"mango\",{\"_index\":2,", "[\"zebra\",{\"_index\":0,");
    }

    @Test
    void everyDocumentGetsAVectorForEveryFieldEvenWhenTheFieldIsEmptyOrMissing() {
        String json = json(TITLE_AND_BODY, doc("1", "", "words"), new SearchDocument("2", Map.of()));

        assertThat(json).contains("[\"title/1\",[]]", "[\"title/2\",[]]", "[\"body/2\",[]]");
    }

    @Test
    void tokensThatTrimToNothingBecomeTheEmptyTerm() {
        String json = json(TITLE_AND_BODY, doc("1", "", "!!! 日本語 words"));

        assertThat(json).contains("\"invertedIndex\":[[\"\",{\"_index\":0,\"title\":{},\"body\":{\"1\":{}}}]");
    }

    @Test
    void stopWordsAreNotIndexed() {
        String json = json(TITLE_AND_BODY, doc("1", "The", "the and of"));

        assertThat(json).contains("\"invertedIndex\":[]");
    }

    @Test
    void fieldAndDocumentBoostsMultiplyTheWeight() {
        LunrIndexBuilder boosted = LunrIndexBuilder.builder().field("body", 2).build();

        String plain = json(LunrIndexBuilder.builder().field("body").build(),
                new SearchDocument("1", Map.of("body", "dog")), new SearchDocument("2", Map.of("body", "cat")));
        String twice = json(boosted, new SearchDocument("1", Map.of("body", "dog"), 1.5),
                new SearchDocument("2", Map.of("body", "cat")));

        assertThat(plain).contains("[\"body/1\",[0,0.693]]");
        assertThat(twice).contains("[\"body/1\",[0,2.079]]", "[\"body/2\",[1,1.386]]");
    }

    @Test
    void theEmptyIndexIsValid() {
        assertThat(json(TITLE_AND_BODY)).isEqualTo("{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],"
                + "\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}");
    }

    @Test
    void stringsAreEscapedAsJsonStringifyEscapesThem() {
        LunrIndexBuilder body = LunrIndexBuilder.builder().field("body").build();

        String json = json(body, new SearchDocument("a\"b\\c\u0001/\ud800", Map.of("body", "x\u0002z")));

        assertThat(json).contains("\"body/a\\\"b\\\\c\\u0001/\\ud800\"", "[\"x\\u0002z\",");
    }

    @Test
    void writeJsonStreamsTheSameTextAsToJson() throws Exception {
        LunrIndex index = TITLE_AND_BODY.index(List.of(doc("1", "Hello 😀", "b\ud83d")));
        StringWriter out = new StringWriter();

        index.writeJson(out);

        assertThat(out.toString()).isEqualTo(index.toJson());
    }

    @Test
    void reportsItsShape() {
        LunrIndex index = TITLE_AND_BODY.index(List.of(doc("1", "Hello world", "again"), doc("2", "", "")));

        assertThat(index.fields()).containsExactly("title", "body");
        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(index.termCount()).isEqualTo(3);
    }

    @Test
    void oneBuilderIndexesConcurrentlyWithIdenticalResults() throws Exception {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            documents.add(doc(Integer.toString(i), "title " + i, "body text number " + i % 17 + " words " + i));
        }
        String expected = TITLE_AND_BODY.index(documents).toJson();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> TITLE_AND_BODY.index(documents).toJson()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void documentsCopyTheirFieldsSoLaterChangesDoNotLeakIn() {
        Map<String, String> fields = new HashMap<>(Map.of("body", "before"));
        SearchDocument document = new SearchDocument("1", fields);

        fields.put("body", "after");

        assertThat(document.fields()).containsEntry("body", "before");
    }

    // ---- what lunr cannot handle is refused with a reason ----

    @Test
    void duplicateRefsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TITLE_AND_BODY.index(List.of(doc("a", "x", "y"), doc("b", "x", "y"), doc("a", "z", ""))))
                .withMessageContaining("Search documents 0 and 2 share the ref 'a'");
    }

    @Test
    void fieldsTheIndexDoesNotDeclareAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TITLE_AND_BODY.index(List.of(new SearchDocument("a", Map.of("titel", "x")))))
                .withMessageContaining("'a' has field 'titel', which is not a field of the index [title, body]");
    }

    @Test
    void fieldNamesWithASlashAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchField.of("a/b"))
                .withMessageContaining("'a/b' contains '/'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"})
    void fieldNamesThatAreObjectPrototypeMembersAreRejected(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchField.of(name))
                .withMessageContaining("'" + name + "' is a member of JavaScript's Object.prototype");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "10", "4294967294"})
    void integerLikeFieldNamesAreRejected(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchField.of(name))
                .withMessageContaining("'" + name + "' is an integer-like name");
    }

    @Test
    void theFieldNameIndexIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchField.of("_index"))
                .withMessageContaining("'_index' would overwrite the term number");
    }

    @Test
    void emptyFieldNamesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchField.of(""))
                .withMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void boostsMustBeFiniteAndPositive(double boost) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchField("title", boost))
                .withMessageContaining("'title' has boost " + boost);
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchDocument("d", Map.of(), boost))
                .withMessageContaining("'d' has boost " + boost);
    }

    @Test
    void aFieldDeclaredTwiceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LunrIndexBuilder.builder().field("title").field("title", 2))
                .withMessageContaining("'title' is declared twice");
    }

    @Test
    void anIndexNeedsAField() {
        assertThatIllegalStateException().isThrownBy(() -> LunrIndexBuilder.builder().build());
    }

    @Test
    void nullRefsAndTextsAreRejectedWithTheirDocument() {
        Map<String, String> withNull = new HashMap<>();
        withNull.put("body", null);
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchDocument(null, Map.of()))
                .withMessageContaining("needs a ref");
        assertThatIllegalArgumentException().isThrownBy(() -> new SearchDocument("d", withNull))
                .withMessageContaining("'d' has a null field name or text (field body)");
    }

    @Test
    void weightsThatOverflowAreRejectedInsteadOfWrittenAsNull() {
        LunrIndexBuilder huge = LunrIndexBuilder.builder().field("body", 1e300).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> huge.index(List.of(new SearchDocument("d", Map.of("body", "dog"), 1e10))))
                .withMessageContaining("field 'body' of search document 'd' overflows");
    }
}
