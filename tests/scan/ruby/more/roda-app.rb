class App < Roda
  plugin :json
  plugin :halt

  route do |r|
    r.on "customers" do
      r.get "search" do
        email = r.params["email"].to_s
        DB.fetch("SELECT * FROM customers WHERE email = ?", email).first || r.halt(404) # ok: CWE-89
      end

      r.get "by-name" do
        DB.fetch("SELECT * FROM customers WHERE name = '#{r.params['name']}'").all # expect: CWE-89
      end
    end
  end
end
