require "zip"

class ScanImporter
  def initialize(upload_id)
    @dest = File.expand_path(File.join("/srv/scans", upload_id.to_s))
  end

  def unpack(zip_path)
    FileUtils.mkdir_p(@dest)
    extracted = []
    Zip::File.open(zip_path) do |zip|
      zip.each do |entry|
        target = File.expand_path(File.join(@dest, entry.name)) # ok: CWE-22
        raise ArgumentError, "bad entry #{entry.name}" unless target.start_with?(@dest + "/")
        FileUtils.mkdir_p(File.dirname(target))
        entry.extract(target) { true }
        extracted << target
      end
    end
    extracted
  end
end
