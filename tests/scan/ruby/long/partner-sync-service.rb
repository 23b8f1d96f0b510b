require "faraday"

class PartnerSync
  Result = Struct.new(:created, :updated, keyword_init: true)

  def initialize(partner)
    @partner = partner
    @conn = Faraday.new(url: partner.api_base_url) do |f| # expect: CWE-918
      f.request :json
      f.response :json
      f.response :raise_error
      f.options.timeout = 10
    end
  end

  def call
    created = updated = 0
    fetch_books.each do |attrs|
      book = Book.find_or_initialize_by(isbn: attrs["isbn"])
      book.new_record? ? created += 1 : updated += 1
      book.update!(attrs.slice("title", "author", "price_cents")) # ok: CWE-915
    end
    Result.new(created: created, updated: updated)
  end

  private

  def fetch_books
    @conn.get("books", since: @partner.last_synced_at&.iso8601).body.fetch("books")
  end
end
