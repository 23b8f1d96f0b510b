class AttachmentsController < ApplicationController
  def show
    send_file File.join("/srv/attachments", File.basename(params[:name])) # ok: CWE-22
  end
end
