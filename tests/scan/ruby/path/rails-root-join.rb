def template
  File.read(Rails.root.join("app", "templates", params[:template])) # expect: CWE-22
end
