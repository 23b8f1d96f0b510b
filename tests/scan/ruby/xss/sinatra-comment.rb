get "/books/comment" do
  "<html><body><p>You said: #{params[:comment]}</p></body></html>" # expect: CWE-79
end
