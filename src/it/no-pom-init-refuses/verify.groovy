// init refuses to overwrite: it names every file in the way and writes nothing at all.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('already has README.md, content/writing-notes.md, which a new guide would overwrite; nothing was written')
assert new File(basedir, 'README.md').getText('UTF-8') == '# My notes\n'
assert new File(basedir, 'content/writing-notes.md').getText('UTF-8') == '# Mine\n'
def files = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { files << basedir.toPath().relativize(it.toPath()).toString() }
assert files.sort() == ['README.md', 'build.log', 'content/writing-notes.md', 'invoker.properties', 'setup.groovy', 'verify.groovy'] : files.sort()
return true
