get "/preview" do
  ERB.new(params[:template]).result(binding) # expect: CWE-94
end
