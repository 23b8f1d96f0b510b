def proxy
  response = Typhoeus.get(params[:target], followlocation: true) # expect: CWE-918
  render plain: response.body
end
