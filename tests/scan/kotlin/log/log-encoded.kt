    logger.info("request from agent {}", StringEscapeUtils.escapeJava(call.request.headers["User-Agent"])) // ok: CWE-117
