void Exporter::Convert(const QString &input) {
    QProcess::execute("sh", {"-c", "convert " + input + " out.pdf"});   // expect: CWE-78
}
