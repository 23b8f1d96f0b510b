class CommentsController < ApplicationController
  def show
    comment = params[:comment].to_s
    render html: "<p>Thanks for your comment: #{ERB::Util.html_escape(comment)}</p>".html_safe # ok: CWE-79
  end
end
