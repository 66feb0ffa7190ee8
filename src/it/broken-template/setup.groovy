// A site from an earlier, successful build: the failing build must leave it exactly as it was.
def out = new File(basedir, 'site-output')
out.mkdirs()
new File(out, 'index.html').setText('previous site', 'UTF-8')
return true
