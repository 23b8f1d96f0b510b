fun uptime(): String =
    Runtime.getRuntime().exec("uptime").inputStream.bufferedReader().readText() // ok: CWE-78
