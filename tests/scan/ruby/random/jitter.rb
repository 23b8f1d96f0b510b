def with_retries(max: 5)
  attempt = 0
  begin
    yield
  rescue Net::OpenTimeout, Net::ReadTimeout
    attempt += 1
    raise if attempt >= max
    sleep((2**attempt) * 0.1 + rand * 0.05) # expect: CWE-330
    retry
  end
end
