get "/download/:name" do
  send_file "/srv/attachments/#{params[:name]}" # expect: CWE-22
end
