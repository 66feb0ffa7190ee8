// site-gen:init in an empty folder writes a guide that builds and checks with no change.
def log = new File(basedir, 'build.log').getText('UTF-8')
def file = { String path -> new File(basedir, path) }

def written = ['pom.xml', 'README.md', '.gitignore', '.mvn/jvm.config', 'content/writing-notes.md',
               'content/quick-notes.md', 'content/topics.yml', '.github/workflows/pages.yml',
               '.github/workflows/pull-request.yml']
written.each { assert file(it).isFile() : "init wrote ${it}" }
assert log.contains('site-gen:init wrote a new guide in ')
written.each { assert log.contains("[INFO]   ${it}\n") : "init says it wrote ${it}" }

// the pom uses this very plugin; the workflows pin the commit it was built from
def pom = file('pom.xml').getText('UTF-8')
assert pom =~ /<artifactId>site-gen-maven-plugin<\/artifactId>\n {8}<version>\d+\.\d+\.\d+(-SNAPSHOT)?<\/version>/
assert pom.contains('<siteTitle>No Pom Init</siteTitle>') : 'the title is made from the folder name'
['pages.yml', 'pull-request.yml'].each {
    def workflow = file(".github/workflows/${it}").getText('UTF-8')
    assert workflow =~ /(?m)^  SITE_GEN_REF: '[0-9a-f]{40}'$/ : "${it} pins a commit of site-gen"
    assert !(workflow =~ /@[a-zA-Z]+@/) : "${it} has no placeholder left"
}
assert file('.mvn/jvm.config').getText('UTF-8') == '-XX:TieredStopAtLevel=1\n-XX:+UseSerialGC\n'

// build and check by prefix, from the guide's own pom, with no change
assert file('site-output/index.html').isFile()
assert file('site-output/writing-notes/headings-that-ask.html').getText('UTF-8').contains('id="how-do-i-add-a-question"')
assert log =~ /\[INFO\] site-gen: 2 notes, 4 pages, 10 questions: \d+ files written to site-output in /
assert log =~ /\[INFO\] site-gen:check found no problems in 2 notes \(4 pages, 10 questions, 0 linked files\) in /
assert !(log =~ /\[(WARNING|ERROR)\] content\//) : 'the example notes have no problems'
assert !log.contains('BUILD FAILURE')

// mvn -q site-gen:help prints the help, and nothing of Maven's
assert log.contains('\nCall mvn site-gen:help -Ddetail -Dgoal=<goal> to show a goal\'s parameters.\n')
return true
