include Rack::Utils

get "/books/comment" do
  "<html><body><p>You said: #{escape_html(params[:comment])}</p></body></html>" # ok: CWE-79
end
