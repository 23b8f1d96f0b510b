def unpack_scans(zip_path, upload_id)
  dest = "/srv/customers/#{upload_id}"
  files = []
  Zip::File.open(zip_path) do |zip|
    zip.each do |entry|
      target = "#{dest}/#{entry.name}" # expect: CWE-22
      FileUtils.mkdir_p(File.dirname(target))
      entry.extract(target) unless File.exist?(target)
      files << target
    end
  end
  files
end
