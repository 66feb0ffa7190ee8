// A site from an earlier, successful build: the failing build must leave it exactly as it was.
def out = new File(basedir, 'site-output')
out.mkdirs()
new File(out, 'index.html').setText('previous site', 'UTF-8')
// site-gen's own marker: this folder is a site it wrote, which it may replace
new File(out, '.site-gen-output').setText('written by site-gen\n', 'UTF-8')
return true
