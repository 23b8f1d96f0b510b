class DiskCache
  def initialize(dir)
    @dir = dir
  end

  def read(key)
    path = File.join(@dir, Digest::SHA256.hexdigest(key))
    return nil unless File.exist?(path)
    Marshal.load(File.binread(path)) # expect: CWE-502
  end

  def write(key, value)
    path = File.join(@dir, Digest::SHA256.hexdigest(key))
    File.binwrite(path, Marshal.dump(value))
  end
end
