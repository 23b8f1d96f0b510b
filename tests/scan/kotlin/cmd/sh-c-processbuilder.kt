fun convert(input: String, output: String) {
    val pb = ProcessBuilder("sh", "-c", "convert $input -resize 200x200 $output") // expect: CWE-78
    pb.inheritIO().start().waitFor()
}
