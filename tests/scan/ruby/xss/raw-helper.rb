module PostsHelper
  def formatted_body(post)
    raw(post.body.gsub("\n", "<br>")) # expect: CWE-79
  end
end
