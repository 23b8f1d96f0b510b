class LinkPreviewsController < ApplicationController
  def show
    html = Net::HTTP.get(URI(params[:url])) # expect: CWE-918
    title = html[%r{<title>(.*?)</title>}im, 1]
    render json: { title: title&.strip }
  end
end
