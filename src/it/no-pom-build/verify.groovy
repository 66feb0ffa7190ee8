// Without a pom, the build cache goes to target/, not to a folder literally named ${project.basedir}.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'site-output/index.html').isFile()
assert new File(basedir, 'site-output/assets/files/images/dot.svg').isFile()
assert new File(basedir, 'target/site-gen-cache').isDirectory()
def odd = []
basedir.eachFileRecurse(groovy.io.FileType.DIRECTORIES) { if (it.name.contains('${')) odd << it }
assert odd.isEmpty() : "folders named after an unresolved expression: ${odd}"
assert log =~ /\[INFO\] site-gen: 1 note, 1 page, 1 question: \d+ files written to site-output in /
assert log =~ /\[INFO\] site-gen:check found no problems in 1 note \(1 page, 1 question, 1 linked file\) in /
return true
