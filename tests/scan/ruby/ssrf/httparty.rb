def webhook_test
  response = HTTParty.get(params[:callback_url]) # expect: CWE-918
  render json: { status: response.code }
end
