  logger.debug("UA: #{request.user_agent}") # expect: CWE-117
