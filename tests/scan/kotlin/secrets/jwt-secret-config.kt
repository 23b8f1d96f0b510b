private val algorithm = Algorithm.HMAC256(environment.config.property("jwt.secret").getString()) // ok: CWE-798
