package io.github.sitegen.section;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.Section;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions in the shapes public note collections write them (issue 18): string in, outline out. */
class QuestionShapesTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final SectionTreeBuilder builder = new SectionTreeBuilder(converter);

    private DocumentOutline outline(String path, String markdown) {
        return builder.build(converter.convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static int prompts(java.util.List<Block.Content> blocks) {
        return blocks.stream().mapToInt(Block.Content::prompts).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q. Describe some features of Python.", "Q: Explain the GIL", "**Q.** What is a closure",
            "Question: tell me about yourself"})
    void aQuestionLabelMakesAQuestionWhateverFollows(String heading) {
        assertThat(Questions.isQuestion(heading)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How to write skills for a Software Engineer", "What to do before your coding interview",
            "3. How to pick a language"})
    void aHowToTitleIsNotAQuestion(String heading) {
        assertThat(Questions.isQuestion(heading)).isFalse();
    }

    @Test
    void aHowToThatEndsWithAQuestionMarkAsks() {
        assertThat(Questions.isQuestion("How to check the version of Django?")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4. Practice!", "4. Practice!\u200B"})
    void anExclamationIsAStepNotANumberedEntry(String heading) {
        assertThat(Questions.isNumbered(heading)).isFalse();
    }

    @Test
    void aHeadingWhoseFirstSubheadingIsAnswerIsAQuestionAndNamesItsOneQuestionNote() {
        DocumentOutline doc = outline("questions/batches.md", "### Create a function `batches` that returns the number of batches.\n\n"
                + "```js\nbatches(recipe, available)\n```\n\n#### Answer\n\nDivide each amount.\n\n#### Good to hear\n\n* Object.keys\n");
        Section question = doc.sections().get(0);
        assertThat(question.question()).isTrue();
        assertThat(question.children()).extracting(Section::question).containsExactly(false, false);
        assertThat(doc.title()).isEqualTo("Create a function batches that returns the number of batches.");
    }

    @Test
    void aNoteThatLabelsItsQuestionsHasChaptersBetweenThem() {
        DocumentOutline doc = outline("README.md", "## # 15. Mutable vs Immutable\n\n[back to top](#top)\n\n"
                + "## Q. Describe some features of Python.\n\nIt is dynamic.\n\n## Q. What is PEP 8\n\nA style guide.\n\n"
                + "## Q. Difference between list and tuple?\n\nOne is immutable.\n");
        assertThat(doc.sections()).extracting(Section::question).containsExactly(false, true, true, true);
    }

    @Test
    void aFileOfBulletsIsOneCardPerBulletWithItsFollowUps() {
        DocumentOutline doc = outline("css-questions.md", "* What is CSS selector specificity?\n"
                + "* Describe Floats and how they work.\n"
                + "* How do you serve your pages for feature-constrained browsers?\n  * What techniques/processes do you use?\n"
                + "* What is a BFC?\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(prompts(doc.preamble())).isEqualTo(4);
        String html = doc.preamble().get(0).html();
        assertThat(html).contains("<li class=\"sg-prompt sg-unanswered\">Describe Floats and how they work.</li>");
        // the follow-up is part of its question, not a card of its own
        assertThat(html).contains("<li>What techniques/processes do you use?</li>");
    }

    @Test
    void aListOfQuestionsInAHandbookStaysBetweenItsTextAndItsItemsAreCards() {
        DocumentOutline doc = outline("behavioral.md", "## Airbnb questions\n\nShow the connection you have with the product.\n\n"
                + "- What does \"belong anywhere\" mean to you?\n- Share one of your trips with us.\n- Why do you like Airbnb?\n\n"
                + "Source: Glassdoor\n");
        Section airbnb = doc.sections().get(0);
        assertThat(airbnb.question()).isFalse();
        assertThat(airbnb.body()).extracting(Block.Content::kind).containsExactly(Block.Kind.PARAGRAPH, Block.Kind.LIST, Block.Kind.PARAGRAPH);
        assertThat(airbnb.body().get(2).text()).isEqualTo("Source: Glassdoor");
        assertThat(prompts(airbnb.body())).isEqualTo(3);
    }

    @Test
    void anItemWithTextBelowItIsAnsweredByIt() {
        DocumentOutline doc = outline("qa.md", "1. What is a closure?\n\n   A function with its scope.\n\n2. What is hoisting?\n\n"
                + "   Declarations move up.\n");
        String html = doc.preamble().get(0).html();
        assertThat(html).contains("<li class=\"sg-prompt\">").doesNotContain("sg-unanswered");
    }

    @Test
    void aListOfQuestionsInsideAnAnswerIsPartOfThatAnswer() {
        DocumentOutline doc = outline("n.md", "## What should you ask the interviewer?\n\n- What does a day look like?\n"
                + "- How big is the team?\n");
        assertThat(prompts(doc.sections().get(0).body())).isZero();
    }

    @Test
    void aTableOfContentsOrATaskListIsNotABank() {
        DocumentOutline doc = outline("n.md", "## Contents\n\n- [What is React?](#what-is-react)\n- [What is JSX?](#what-is-jsx)\n\n"
                + "## Plan\n\n- [ ] Why learn it?\n- [x] Why now?\n");
        assertThat(doc.allSections()).allSatisfy(s -> assertThat(prompts(s.body())).isZero());
    }

    @Test
    void aListWhereFewItemsAskIsAList() {
        DocumentOutline doc = outline("n.md", "## Tips\n\n- Clarify the input. Are there duplicates?\n- Mind the bounds.\n"
                + "- Slicing costs O(n).\n");
        assertThat(prompts(doc.sections().get(0).body())).isZero();
    }

    @Test
    void labelledQuestionsAboveTheirCodeAreQuestionsOfANoteWithoutHeadings() {
        DocumentOutline doc = outline("coding-questions.md", "Question: What is the value of `foo`?\n```javascript\n"
                + "var foo = 10 + '20';\n```\n\nQuestion: How would you make this work?\n```javascript\nadd(2)(5);\n```\n");
        assertThat(doc.sections()).extracting(Section::title)
                .containsExactly("Question: What is the value of foo?", "Question: How would you make this work?");
        assertThat(doc.sections()).allSatisfy(s -> assertThat(s.question()).isTrue());
    }

    @Test
    void aFolderReadmeIsNamedAfterItsFolder() {
        assertThat(outline("translations/german/README.md", "* Was ist CSS?\n* Was ist HTML?\n").title()).isEqualTo("German");
        assertThat(SectionTreeBuilder.nameOf(new SourceDocument("README.md", FrontMatter.NONE, "", 1))).isEqualTo("README");
    }
    @ParameterizedTest
    @ValueSource(strings = {"Do not take job application forms lightly", "Don't apply twice", "How your resume is screened",
            "How behavioral interviews are evaluated", "How the go mod Workflow Simplifies:", "Does not apply",
            "Where Django keeps its sessions", "What is this", "What are these"})
    void anInstructionOrATitleThatNamesWhatItExplainsIsNotAQuestion(String heading) {
        assertThat(Questions.isQuestion(heading)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How does Django handle transactions", "How many bytes is an int", "When should you use a manager",
            "Where are sessions stored", "Do signals run in a transaction", "How your resume is screened?", "Why use middleware", "Why not use signals", "When not to use signals", "What is this?",
            "What is this keyword"})
    void aQuestionInItsUsualWordOrderStillAsks(String heading) {
        assertThat(Questions.isQuestion(heading)).isTrue();
    }

    @Test
    void aFoldBelowAQuestionIsPartOfItsAnswer() {
        DocumentOutline doc = outline("exercises.md", "#### 1. What is the output of below code\n\n```js\nlet a = 1;\n```\n\n"
                + "<details><summary><b>Answer</b></summary>\n<p>\n\n##### Answer: 3\n\nState is a snapshot.\n\n</p>\n</details>\n\n"
                + "#### 2. What will be logged?\n\nSome code.\n");
        assertThat(doc.allSections()).filteredOn(Section::question).extracting(Section::title)
                .containsExactly("1. What is the output of below code", "2. What will be logged?");
    }

    @Test
    void aFoldWhoseSummaryDoesNotAskIsNotAQuestionAndOneThatAsksIs() {
        DocumentOutline doc = outline("README.md", "## Table of Contents\n\n<details open>\n<summary>\nHide/Show table of contents\n</summary>\n\n"
                + "| No. | Questions |\n| --- | --- |\n| 1 | [What is Go?](#what-is-go) |\n\n</details>\n\n## Basics\n\n"
                + "<details><summary>1. Що таке Go</summary>\n\nA language.\n\n</details>\n\n"
                + "<details><summary>Difference between path() and re_path().</summary>\n\nRegexes.\n\n</details>\n\n"
                + "<details><summary>ما هو جو؟</summary>\n\nلغة.\n\n</details>\n");
        assertThat(doc.allSections()).filteredOn(Section::question).extracting(Section::title)
                .containsExactly("1. Що таке Go", "Difference between path() and re_path().", "ما هو جو؟");
    }

    @Test
    void aListOfQuestionsInASubsectionOfAnAnswerIsPartOfIt() {
        DocumentOutline doc = outline("n.md", "## What is a closure?\n\nA function with its scope.\n\n### Follow-ups\n\n"
                + "- Why does it matter?\n- Where is it used?\n");
        assertThat(doc.allSections()).allSatisfy(s -> assertThat(prompts(s.body())).isZero());
    }

    @Test
    void aGreekListAsksWithTheSemicolonItsKeyboardsType() {
        DocumentOutline doc = outline("greek/README.md", "## Γενικές ερωτήσεις\n\n* Τι μάθατε χτές/αυτή την εβδομάδα;\n"
                + "* Με ποια έκδοση version control συστήματος είστε εξοικειωμένος;\n* Εξηγήστε τι σημαίνει \"Semantic HTML\".\n");
        assertThat(prompts(doc.sections().get(0).body())).isEqualTo(3);
        DocumentOutline code = outline("n.md", "## Steps\n\n* Declare `int a;`\n* Declare `int b;`\n* Add them.\n");
        assertThat(prompts(code.sections().get(0).body())).isZero();
    }

    @Test
    void aListBesideBanksOfTheSameNoteIsABankThoughItsPromptsEndWithoutAQuestionMark() {
        DocumentOutline doc = outline("japanese/README.md", "# 質問事項\n\n### 一般的な質問事項\n\n* 昨日何を学びましたか？\n* 何に興味がありますか？\n\n"
                + "### HTMLに関する質問事項\n\n* `doctype`は何をしているか説明してください。\n* `data-`属性は何に適していますか？\n"
                + "* HTML5をオープンなウェブプラットフォームとして考えた時、HTML5の構成要素は何ですか？\n\n"
                + "### JSに関する質問事項\n\n* イベントデリゲーションを説明してください。\n* `this`がどのように機能するか説明してください。\n\n"
                + "### コントリビューター\n\n* [Alice](https://example.org/alice)\n* [Bob](https://example.org/bob)\n");
        assertThat(doc.allSections()).extracting(s -> prompts(s.body())).containsExactly(0, 2, 3, 2, 0);
    }

    @Test
    void aListOfTipsBesideOneBankStaysAList() {
        DocumentOutline one = outline("n.md", "## Questions to ask\n\n- What is the team like?\n- How do you ship?\n\n"
                + "## Tips\n\n- Be on time.\n- Take notes.\n");
        assertThat(one.allSections()).extracting(s -> prompts(s.body())).containsExactly(2, 0);
        DocumentOutline two = outline("n.md", "## To the manager\n\n- What is the team like?\n- How do you ship?\n\n"
                + "## To the engineers\n\n- What do you build?\n- Why here?\n\n"
                + "## Tips\n\n- Be on time.\n- Take notes.\n\n## More tips\n\n- Smile.\n- Follow up.\n");
        assertThat(two.allSections()).extracting(s -> prompts(s.body())).containsExactly(2, 2, 0, 0);
    }

    @Test
    void aChecklistOfNamedCriteriaIsNotABankThoughTheyAsk() {
        DocumentOutline doc = outline("rubric.md", "## Signals\n\n- Motivation - What drives you?\n"
                + "- Perseverance - Are you able to push through blockers?\n- Empathy – How well do you see the view of others?\n\n"
                + "## Questions\n\n- What is a closure - and why use one?\n- What is hoisting?\n- Why is `this` late-bound?\n");
        assertThat(doc.allSections()).extracting(s -> prompts(s.body())).containsExactly(0, 3);
    }

    @Test
    void aFoldAfterAListOfListItemQuestionsIsNotInTheirAnswers() {
        DocumentOutline doc = outline("n.md", "1.  ### Why are list items numbered?\n\n    The list numbers them.\n\n"
                + "<details>\n<summary>What does a details block hold?</summary>\n\nIts answer.\n\n</details>\n");
        assertThat(doc.allSections()).filteredOn(Section::question).extracting(Section::title)
                .containsExactly("1. Why are list items numbered?", "What does a details block hold?");
    }
}
