// A folder as a new GitHub repository leaves it, with a note of the user's own in content/.
new File(basedir, 'README.md').setText('# My notes\n', 'UTF-8')
new File(basedir, 'content').mkdirs()
new File(basedir, 'content/writing-notes.md').setText('# Mine\n', 'UTF-8')
return true
