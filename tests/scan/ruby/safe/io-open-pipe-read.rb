def read_lines(io)
  io.each_line.map(&:chomp) # ok: CWE-78
end

def load_fixture(name)
  File.open(File.expand_path("fixtures/#{name}.json", __dir__)) { |f| JSON.parse(f.read) } # ok: CWE-22
end
