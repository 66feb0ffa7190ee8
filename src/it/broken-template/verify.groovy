def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'site-output')
assert log =~ /templates.page\.peb:4: template error/ : 'the message names the template and the line'
assert log.contains('was left as it was')
assert new File(out, 'index.html').getText('UTF-8') == 'previous site'
assert out.list().toList().sort() == ['.site-gen-output', 'index.html'] : 'nothing half-written was left in the output'
assert basedir.list().findAll { it.startsWith('.site-output') }.isEmpty() : 'no staging folder left behind'
return true
