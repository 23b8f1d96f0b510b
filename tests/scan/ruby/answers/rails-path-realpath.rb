class FilesController < ApplicationController
  BASE = Pathname.new("/srv/attachments").realpath

  def show
    path = BASE.join(params[:name].to_s).cleanpath
    return head(:not_found) unless path.to_s.start_with?("#{BASE}/") && path.file?
    send_file path, disposition: "attachment" # ok: CWE-22
  end
end
