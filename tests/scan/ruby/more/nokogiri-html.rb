doc = Nokogiri::HTML(response.body) # ok: CWE-611
titles = doc.css("h2.title").map(&:text)
