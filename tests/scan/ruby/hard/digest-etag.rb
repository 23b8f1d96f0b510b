def show
  @report = Report.find(params[:id])
  fresh_when etag: Digest::MD5.hexdigest(@report.cache_key_with_version) # expect: CWE-328
end
