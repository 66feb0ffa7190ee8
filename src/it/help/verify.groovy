// mvn site-gen:help -Ddetail lists every goal, and every parameter with its text and user property.
def log = new File(basedir, 'build.log').getText('UTF-8')

def shared = ['contentDir', 'templatesDir', 'siteTitle', 'siteDescription', 'baseUrl', 'repoUrl', 'editBranch', 'skip', 'verbose']
def goals = [
    build: shared + ['outputDir', 'strict'],
    check: shared,
    serve: shared + ['outputDir', 'port'],
]
assert log.contains('This plugin has 5 goals:')
assert log.contains('site-gen:help')

goals.each { goal, parameters ->
    def start = log.indexOf("site-gen:${goal}\n")
    assert start >= 0 : "goal ${goal} is listed"
    def next = log.indexOf('\nsite-gen:', start + 1)
    def section = log.substring(start, next < 0 ? log.length() : next)
    parameters.each { name ->
        // the name (with its default, if any), at least one line of explanation, then its property
        def documented = section =~ /(?m)^ {4}${name}( \(Default: [^)]*\))?\n {6}\S.*\n(?: {6}.*\n)*? {6}User property: siteGen\.${name}\n/
        assert documented.find() : "${goal}: parameter ${name} is documented with its property siteGen.${name}"
    }
}
// init's own parameters, under properties of their own
['siteGenRef', 'siteGenRepository'].each { name ->
    assert log =~ /(?m)^ {4}${name}( \(Default: [^)]*\))?\n(?: {6}.*\n)+? {6}User property: siteGen\.init\.${name}\n/ : "init's ${name} is documented"
}
['editBranch (Default: main)', 'port (Default: 8000)', 'strict (Default: false)', 'skip (Default: false)'].each {
    assert log.contains(it) : "default shown: ${it}"
}
return true
