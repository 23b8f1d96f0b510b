def notify_webhook
  uri = URI(params[:webhook_url])
  Net::HTTP.post_form(uri, "event" => "order.paid") # expect: CWE-918
end
