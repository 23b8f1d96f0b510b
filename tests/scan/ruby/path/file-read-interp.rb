get "/files" do
  File.read("/srv/attachments/#{params[:name]}") # expect: CWE-22
end
