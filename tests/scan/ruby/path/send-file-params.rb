class AttachmentsController < ApplicationController
  def show
    send_file File.join("/srv/attachments", params[:name]) # expect: CWE-22
  end
end
