    logger.info("request from agent ${call.request.headers["User-Agent"]}") // expect: CWE-117
