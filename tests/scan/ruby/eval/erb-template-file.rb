TEMPLATE = ERB.new(File.read(File.expand_path("views/preview.erb", __dir__))) # ok: CWE-94

get "/preview" do
  TEMPLATE.result_with_hash(name: params[:name])
end
