class CommentsController < ApplicationController
  def show
    comment = params[:comment].to_s
    render html: "<p>Thanks for your comment: #{comment}</p>".html_safe # expect: CWE-79
  end
end
