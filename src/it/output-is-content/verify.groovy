// Issue 12: -DsiteGen.outputDir=content used to build "successfully" and delete every note.
def log = new File(basedir, 'build.log').getText('UTF-8')
def note = new File(basedir, 'content/notes.md')
assert note.getText('UTF-8') == '# Notes\n\n## What is a model?\n\nA model maps a table.\n' : 'the note is untouched'
assert new File(basedir, 'content').list().toList() == ['notes.md'] : 'nothing was written into the notes'
assert log =~ /site-gen: outputDir \S*content is contentDir itself/ : 'one message naming outputDir'
assert log.contains('Nothing was written or deleted: set <outputDir> (-DsiteGen.outputDir) to a folder of the site')
assert !log.contains('\tat ') : 'no stack trace'
assert !(log =~ /[A-Za-z]+Exception:/) : 'no exception text'
assert basedir.list().findAll { it.startsWith('.content.') }.isEmpty() : 'no staging folder beside the notes'
return true
