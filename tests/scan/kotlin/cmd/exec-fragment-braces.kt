            val out = Runtime.getRuntime().exec("nslookup ${params["domain"]}") // expect: CWE-78
                .inputStream.bufferedReader().readText()
        }
