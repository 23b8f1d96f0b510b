Rails.logger.info("cache warmed in #{elapsed.round(2)}s") # ok: CWE-117
