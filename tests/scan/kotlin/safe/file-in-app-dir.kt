fun exportFile(context: Context, name: String): File =
    File(context.getExternalFilesDir(null), "export-$name.csv") // ok: CWE-22
