post "/admin/customers/ping" do
  host = params[:host]
  output = %x(ping -c 3 #{host} 2>&1) # expect: CWE-78
  content_type :text
  output
end
