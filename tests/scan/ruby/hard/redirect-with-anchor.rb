def update
  @comment.update!(comment_params)
  redirect_to post_path(@comment.post, anchor: "comment-#{@comment.id}") # ok: CWE-601
end
