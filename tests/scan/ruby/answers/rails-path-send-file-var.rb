class FilesController < ApplicationController
  def show
    name = params[:name]
    path = Rails.root.join("..", "srv", "attachments", name) # expect: CWE-22
    send_file path, disposition: "attachment"
  end
end
