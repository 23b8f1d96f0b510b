def shuffled_playlist(tracks)
  tracks.shuffle(random: SecureRandom) # ok: CWE-330
end
