PAGES.each do |page|
  raise "missing title for #{page}" unless I18n.exists?("pages.#{page}.title") # ok: CWE-89
end
