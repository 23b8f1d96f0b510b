ActiveSupport.on_load(:active_record) do
  raw_connection.create_function("lower_ascii", 1) do |fn, value| # ok: CWE-79
    fn.result = value.to_s.unicode_normalize(:nfkd).encode("ASCII", undef: :replace, replace: "").downcase
  end
end
