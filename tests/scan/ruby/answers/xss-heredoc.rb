class CommentsController < ApplicationController
  def show
    comment = params[:comment].to_s
    html = <<~HTML
      <!DOCTYPE html>
      <html>
        <body>
          <p>#{comment}</p> <!-- expect: CWE-79 -->
        </body>
      </html>
    HTML
    render html: html.html_safe
  end
end
