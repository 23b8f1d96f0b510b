class CommentMailer < ApplicationMailer
  def notify(comment)
    @comment = comment
    mail(to: comment.post.author.email, subject: "New comment") do |format|
      format.html { render html: "<p>#{comment.body}</p>".html_safe } # expect: CWE-79
      format.text { render plain: comment.body }
    end
  end
end
