package io.github.sitegen.search;

import io.github.sitegen.search.lunr.StopWords;
import io.github.sitegen.search.lunr.Tokenizer;
import io.github.sitegen.search.lunr.Trimmer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Deterministic lunr query strings drawn from a corpus's own words: every query form lunr's parser knows
 * (terms, presence {@code +}/{@code -}, {@code field:}, {@code ^boost}, {@code *} wildcards, {@code ~}
 * edit distance), plus stop words, capitals and punctuation, which lunr's search pipeline does not trim.
 */
final class QueryGenerator {

    /** Queries that probe the parser and the pipelines whatever the corpus. */
    static final List<String> EDGE_CASES = List.of(
            "", " ", "*", "**", "-", "+", "~1", "^2", ":", "title:", "nosuchfield:django", "django^",
            "django^x", "django~", "django~x", "+django -flask", "-django", "django -django", "+-django",
            "title:django body:orm", "+title:django", "-title:django orm", "body:middleware^2", "django^10 orm^2",
            "django~1 orm", "dj*ngo", "*ango", "d*", "select_related()", "select_related", "select_relat*",
            "queryset.filter", "N+1", "n+1 queries", "c++", "it's", "don't", "'quoted'", "café", "caf",
            "日本語", "ΟΔΥΣΣΕΥΣ", "οδυσσευς", "😀", "to😀", "__proto__", "constructor", "toString",
            "hasOwnProperty", "2024", "10", "1.5", "0", "https://docs.djangoproject.com", "{% csrf_token %}",
            "{{ user.name }}", "user.name", "the", "the and of", "+the django", "what is the orm", "running",
            "RUNNING", "Django,", "(django)", "\"django\"", "django's", "well-known", "e-mail", "x\u00a0y",
            "snake_case", "__init__", "title:dog", "dog", "cat dog", "dog^3 cat", "+dog +cat", "dog~2");

    private QueryGenerator() {
    }

    /** About 330 queries from the words of {@code documents}, then {@link #EDGE_CASES}. */
    static List<String> queries(List<SearchDocument> documents, List<String> fields) {
        List<String> words = vocabulary(documents);
        Set<String> queries = new LinkedHashSet<>();
        List<String> single = sample(words, 100);
        queries.addAll(single);
        List<String> other = sample(words, 97);
        for (int i = 0; i < 40; i++) {
            queries.add(single.get(i) + " " + other.get(other.size() - 1 - i));
        }
        for (int i = 0; i < 15; i++) {
            queries.add(single.get(i * 3) + " " + other.get(i * 5) + " " + single.get(99 - i));
        }
        for (int i = 0; i < 20; i++) {
            queries.add("+" + single.get(i * 2) + " -" + other.get(i * 3 + 1));
        }
        for (int i = 0; i < 10; i++) {
            queries.add("+" + single.get(i) + " +" + single.get(i + 1));
            queries.add(single.get(i * 5) + " -" + single.get(i * 5 + 2));
        }
        for (int i = 0; i < 5; i++) {
            queries.add("-" + single.get(i * 7));
        }
        for (String field : fields) {
            for (int i = 0; i < 10; i++) {
                queries.add(field + ":" + single.get(i * 9 + fields.indexOf(field)));
            }
        }
        for (int i = 0; i < 15; i++) {
            queries.add(single.get(i * 6) + "^10");
        }
        for (int i = 0; i < 5; i++) {
            queries.add(single.get(i) + "^2 " + other.get(i));
        }
        for (int i = 0; i < 20; i++) {
            String word = other.get(i * 4);
            queries.add(word.substring(0, Math.min(word.length(), 3 + i % 3)) + "*");
        }
        for (int i = 0; i < 5; i++) {
            String word = single.get(i * 11);
            queries.add("*" + word.substring(Math.max(0, word.length() - 3)));
            queries.add(word.charAt(0) + "*" + word.charAt(word.length() - 1));
        }
        List<String> shortWords = words.stream().filter(w -> w.length() <= 6).toList();
        for (String word : sample(shortWords, 15)) {
            queries.add(word + "~1");
        }
        for (String word : sample(shortWords, 3)) {
            queries.add(word + "~2");
        }
        for (int i = 0; i < 5; i++) {
            String word = single.get(i * 13);
            queries.add(word.toUpperCase(Locale.ROOT));
            queries.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        String[] punctuation = {"%s,", "%s.", "(%s)", "\"%s\"", "%s's", "%s?"};
        for (int i = 0; i < 12; i++) {
            queries.add(String.format(punctuation[i % punctuation.length], single.get(i * 8)));
        }
        List<String> stopWords = StopWords.all().stream().sorted().toList();
        for (int i = 0; i < 10; i++) {
            queries.add(stopWords.get(i * 11) + (i % 2 == 0 ? "" : " " + single.get(i)));
        }
        queries.add("+the " + single.get(0));
        queries.addAll(EDGE_CASES);
        return List.copyOf(queries);
    }

    /**
     * The distinct trimmed words of the corpus that are not stop words and start with a letter, most
     * frequent first (ties alphabetical).
     */
    static List<String> vocabulary(List<SearchDocument> documents) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SearchDocument document : documents) {
            for (String text : document.fields().values()) {
                for (String token : Tokenizer.tokenize(text)) {
                    String word = Trimmer.trim(token);
                    if (word.matches("[a-z][a-z0-9_'.]{1,}") && !StopWords.contains(word)) {
                        counts.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> words = new ArrayList<>(counts.keySet());
        words.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder()));
        return words;
    }

    /** {@code n} words spread evenly over {@code words} (repeating if it is shorter). */
    private static List<String> sample(List<String> words, int n) {
        List<String> sample = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sample.add(words.get((int) ((long) i * words.size() / n) % words.size()));
        }
        return sample;
    }
}
