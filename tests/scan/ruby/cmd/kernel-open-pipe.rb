def read_attachment(name)
  open(params[:file]).read # expect: CWE-78
end
