require "zip"

class ScanImporter
  def initialize(upload_id)
    @dest = File.join("/srv/scans", upload_id.to_s)
  end

  def unpack(zip_path)
    FileUtils.mkdir_p(@dest)
    extracted = []
    Zip::File.open(zip_path) do |zip|
      zip.each do |entry|
        target = File.join(@dest, entry.name) # expect: CWE-22
        FileUtils.mkdir_p(File.dirname(target))
        entry.extract(target) { true }
        extracted << target
      end
    end
    extracted
  end
end
