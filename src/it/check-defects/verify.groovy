// site-gen:check lists every defect of the notes as an error line, file:line: message, and fails.
def log = new File(basedir, 'build.log').getText('UTF-8')
def errors = log.readLines().findAll { it.startsWith('[ERROR] content/') }.collect { it - '[ERROR] ' }

def expected = [
    "content/copy.md:9: question \"12. What is Django?\" repeats the one at basics.md:3 except for \"framwork\" where that one has \"framework\": if that is a typo, make both copies read the same",
    "content/defects.md:3: unknown front matter field 'titel' is ignored: did you mean 'title'?",
    "content/defects.md:7: link '#setup' points to no heading of the note: fix the #fragment, or the heading it should match",
    "content/defects.md:7: link 'missing.md' points to a note that is not part of the guide: fix the path, which is relative to this note",
    "content/defects.md:9: question \"What is a view?\" has no answer: write the answer under the heading, or remove the heading",
    "content/defects.md:11: section \"Models\" is empty: write its text under the heading, or remove the heading",
    "content/defects.md:15: 'images/form.png' names no file (looked for images/form.png in the content directory): add the file, or fix the path, which is relative to this note",
    "content/defects.md:15: link 'basics.md#no-such-heading' points to no heading of the note: fix the #fragment, or the heading it should match",
    "content/defects.md:17: code block opened with ``` is never closed, so everything after it reads as code: add a line ``` where the code ends",
    "content/repeats.yml:5: \"basics.md#What is Djago?\": basics.md has no heading \"What is Djago?\": write the heading as it reads in the note, or its id",
    // a fatal problem (a front-matter key given twice) hides none of the note's others
    "content/twice.md:3: front matter gives 'title' more than once: keep one of them, the one you mean",
    "content/twice.md:7: link '#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match",
    "content/twice.md:9: question \"What is missing?\" has no answer: write the answer under the heading, or remove the heading",
]
assert errors == expected : "findings differ:\n" + (errors - expected).join('\n') + "\nmissing:\n" + (expected - errors).join('\n')
assert log.contains('13 problems in the notes, listed above as file:line: message')
assert !log.contains('[WARNING] content/') : 'check reports findings as errors, not warnings'
assert !new File(basedir, 'site-output').exists() : 'check writes nothing'
return true
