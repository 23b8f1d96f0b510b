def read_attachment(name)
  File.open(File.join("/srv/attachments", File.basename(name))).read # ok: CWE-22
end
