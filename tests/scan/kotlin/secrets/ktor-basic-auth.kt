install(Authentication) {
    basic("admin") {
        validate { creds ->
            if (creds.name == "admin" && creds.password == "S3cr3t!Adm1n") UserIdPrincipal(creds.name) else null // expect: CWE-798
        }
    }
}
