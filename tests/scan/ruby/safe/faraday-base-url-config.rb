class BillingClient
  def initialize
    @conn = Faraday.new(url: Rails.configuration.x.billing_url) do |f| # ok: CWE-918
      f.request :json
      f.response :json
    end
  end
end
