def variant_for(user)
  Zlib.crc32(user.id.to_s).even? ? :control : :treatment
end
