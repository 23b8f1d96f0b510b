class CommentsController < ApplicationController
  def show
    comment = ERB::Util.html_escape(params[:comment].to_s)
    html = <<~HTML
      <!DOCTYPE html>
      <html>
        <body>
          <p>#{comment}</p> <!-- ok: CWE-79 -->
        </body>
      </html>
    HTML
    render html: html.html_safe
  end
end
