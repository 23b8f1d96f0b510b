class LinkPreviewsController < ApplicationController
  def show
    response = Faraday.get(params[:url]) # expect: CWE-918
    render plain: response.body.to_s[0, 200]
  end
end
