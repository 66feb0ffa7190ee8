// Sixteen copies of the repository's own notes, in folders of their own, and a site from an earlier build.
def notes = new File(basedir, '../../../content')
(1..16).each { copy ->
    def dir = new File(basedir, "content/copy$copy")
    dir.mkdirs()
    notes.eachFileMatch(~/.*\.md/) { note -> new File(dir, note.name).setBytes(note.bytes) }
}
def out = new File(basedir, 'site-output')
out.mkdirs()
new File(out, 'index.html').setText('previous site', 'UTF-8')
// site-gen replaces only a site it wrote itself, which it marks so
new File(out, '.site-gen-output').setText('written by site-gen\n', 'UTF-8')
return true
