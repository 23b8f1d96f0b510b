def shuffled_playlist(tracks)
  tracks.shuffle # expect: CWE-330
end
