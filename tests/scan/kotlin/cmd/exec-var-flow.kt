fun thumbnail(file: String) {
    val cmd = "ffmpeg -i $file -vframes 1 /tmp/thumb.png"
    val p = Runtime.getRuntime().exec(cmd) // expect: CWE-78
    p.waitFor()
}
