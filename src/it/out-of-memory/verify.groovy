def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'site-output')
def line = log.readLines().find { it.contains('did not fit') }
assert line != null : 'the failure says the notes did not fit'
assert line.contains('MAVEN_OPTS=-Xmx') : 'and names what to change'
assert line.contains('was left as it was')
assert !log.contains('java.lang.OutOfMemoryError') : 'no bare OutOfMemoryError (the invoker runs with -e, so Maven prints its own trace of the one-line failure)'
assert new File(out, 'index.html').getText('UTF-8') == 'previous site'
assert out.list().toList().sort() == ['.site-gen-output', 'index.html']
assert basedir.list().findAll { it.startsWith('.site-output') }.isEmpty() : 'no staging folder left behind'
return true
