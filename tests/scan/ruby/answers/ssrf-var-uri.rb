class LinkPreviewsController < ApplicationController
  def show
    url = params.require(:url)
    body = Net::HTTP.get(URI(url)) # expect: CWE-918
    render plain: body[0, 200]
  end
end
