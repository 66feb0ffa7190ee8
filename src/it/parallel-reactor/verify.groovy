// Issue 12: mvn -T 2 on two guides failed every time with FileSystemAlreadyExistsException (Theme.packagedAssets).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Using the MultiThreadedBuilder') || log =~ /with a thread count of 2|threads? ?2/ : 'the reactor ran in parallel'
['a', 'b'].each { m ->
    def out = new File(basedir, "guide-${m}/site-output")
    assert new File(out, 'assets/site.css').isFile() : "guide ${m} has the theme's assets"
    assert new File(out, 'index.html').getText('UTF-8').contains("Guide ${m}")
}
assert !log.contains('FileSystemAlreadyExistsException')
assert !log.contains('\tat ') : 'no stack trace'
return true
