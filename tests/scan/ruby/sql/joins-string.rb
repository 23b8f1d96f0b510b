scope :with_tag, ->(tag) { joins("JOIN taggings t ON t.post_id = posts.id AND t.name = '#{tag}'") } # expect: CWE-89
