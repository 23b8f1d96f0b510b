require "open-uri"

def import_feed
  url = params[:feed_url]
  data = open(url).read # expect: CWE-78
  FeedImporter.new(data).run
end
