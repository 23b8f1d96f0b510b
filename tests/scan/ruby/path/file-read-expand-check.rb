BASE = File.expand_path("/srv/attachments")

get "/files" do
  path = File.expand_path(params[:name].to_s, BASE)
  halt 403 unless path.start_with?(BASE + File::SEPARATOR)
  File.read(path) # ok: CWE-22
end
