class CommentsController < ApplicationController
  def show
    render html: helpers.content_tag(:p, "Thanks for your comment: #{params[:comment]}") # ok: CWE-79
  end
end
