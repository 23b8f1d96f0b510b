module PostsHelper
  def formatted_body(post)
    sanitize(simple_format(post.body), tags: %w[p br strong em]) # ok: CWE-79
  end
end
