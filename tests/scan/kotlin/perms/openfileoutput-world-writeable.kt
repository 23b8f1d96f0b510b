context.openFileOutput("export.csv", Context.MODE_WORLD_WRITEABLE).use { it.write(csv.toByteArray()) } // expect: CWE-732
