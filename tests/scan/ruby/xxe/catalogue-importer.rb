require "nokogiri"

class CatalogueImporter
  Result = Struct.new(:imported, :skipped)

  def initialize(repo)
    @repo = repo
  end

  # Partners send catalogue entries with their own entity declarations
  # (&publisher; etc.), so those have to be expanded.
  def call(xml_bytes)
    opts = Nokogiri::XML::ParseOptions::DEFAULT_XML | Nokogiri::XML::ParseOptions::NOENT # expect: CWE-611
    doc = Nokogiri::XML(xml_bytes, nil, "UTF-8", opts)
    imported = skipped = 0
    doc.xpath("//entry").each do |entry|
      isbn = entry["isbn"]
      if isbn.nil? || isbn.empty?
        skipped += 1
        next
      end
      @repo.upsert(isbn: isbn, title: entry.at("title")&.text, publisher: entry.at("publisher")&.text)
      imported += 1
    end
    Result.new(imported, skipped)
  end
end
