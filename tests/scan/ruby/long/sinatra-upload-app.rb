require "sinatra"
require "securerandom"
require "fileutils"

UPLOAD_ROOT = File.expand_path(ENV.fetch("UPLOAD_ROOT", "/srv/uploads"))

post "/upload" do
  file = params.dig(:file, :tempfile) or halt 400, "no file"
  name = File.basename(params.dig(:file, :filename).to_s)
  halt 400, "bad name" if name.empty? || name.start_with?(".")
  id = SecureRandom.uuid
  dir = File.join(UPLOAD_ROOT, id)
  FileUtils.mkdir_p(dir)
  FileUtils.cp(file.path, File.join(dir, name))
  { id: id, name: name }.to_json
end

get "/files/:id/:name" do
  path = File.expand_path(File.join(UPLOAD_ROOT, params[:id], params[:name])) # ok: CWE-22
  halt 404 unless path.start_with?(UPLOAD_ROOT + "/") && File.file?(path)
  send_file path
end

get "/thumb" do
  src = params[:src].to_s
  out = File.join(Dir.tmpdir, "thumb-#{SecureRandom.hex(8)}.png")
  system("convert #{src} -thumbnail 120x120 #{out}") # expect: CWE-78
  send_file out, type: "image/png"
end
