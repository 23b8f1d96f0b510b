void Exporter::Convert(const QString &input) {
    QProcess::execute("convert", {input, "out.pdf"});               // ok: CWE-78
}
