// Checks the site the real plugin wrote for the sample project.
def out = new File(basedir, 'site-output')
def read = { String path -> new File(out, path).getText('UTF-8') }
def log = new File(basedir, 'build.log').getText('UTF-8')

assert new File(out, 'index.html').isFile()
assert new File(out, '.nojekyll').isFile()
assert new File(out, 'assets/site.css').isFile()
assert new File(out, 'sitemap.xml').isFile() : 'baseUrl is set, so a sitemap is written'
assert read('robots.txt').contains('Sitemap: https://example.github.io/sample/sitemap.xml')
assert new File(out, 'assets/favicon.svg').isFile()

// the project's own 404 template replaced the theme's, the other templates came from the jar
assert read('404.html').contains('custom 404 of the sample project')
assert read('index.html').contains('Sample Guide')

// a few lines on success; each note's pages only with -DsiteGen.verbose=true (or -X)
assert log =~ /\[INFO\] site-gen: 2 notes, 3 pages, \d+ questions: \d+ files written to site-output in /
assert !log.contains('content/basics.md -> 2 pages')

def dataTypes = read('basics/data-types.html')
assert dataTypes.contains('id="what-is-the-difference-between-a-list-and-a-tuple"')
assert dataTypes.contains('<td>tuple</td>')
assert dataTypes.contains('<meta property="og:title" content="Data types">')
assert dataTypes.contains('<link rel="canonical" href="https://example.github.io/sample/basics/data-types.html">')
assert dataTypes.contains('href="../web/what-is-hidden.html"') : 'a link to another note points at its first page'

def functions = read('basics/functions.html')
assert functions.contains('# not a heading: a comment inside code')
assert functions.contains('href="data-types.html#data-types"') : 'a #fragment of the same note points at the page it landed on'

def web = read('web/what-is-hidden.html') // a note of one question is named after it
assert web.contains('{% csrf_token %}') && web.contains('{{ user.name }}') : 'content is never a template'
assert !web.contains('<script>alert') : 'raw scripts are removed'
assert web.contains('<h2 id="what-is-hidden">What is hidden?') : 'a details block is a question: its summary the heading, whose id keys its practice card'
assert web.contains('<div class="sg-answer" id="sg-answer-what-is-hidden">\n<p>Revealed text.</p>') : 'what the details block holds is its answer'
assert read('practice-data.js').contains('"id":"web/what-is-hidden.html#what-is-hidden","k":"sub/web.md#what-is-hidden","q":"What is hidden?"')

// the questions for Anki: a package with its collection and media map, the text file, both linked from practice
def apkg = new java.util.zip.ZipFile(new File(out, 'sample-guide.apkg'))
assert apkg.entries().toList()*.name.take(2) == ['collection.anki2', 'media']
assert new String(apkg.getInputStream(apkg.getEntry('collection.anki2')).readAllBytes(), 'ISO-8859-1').startsWith('SQLite format 3')
apkg.close()
assert read('sample-guide.tsv').startsWith('#separator:tab')
assert read('practice.html').contains('href="sample-guide.apkg"')
assert web.contains('../basics/data-types.html#what-is-the-difference-between-a-list-and-a-tuple')
assert !log.contains('[WARNING]') : 'every link of the sample resolves'
assert log.contains('site-gen:check found no problems in 2 notes')
return true
