def show
  doc = current_user.documents.find(params[:id])
  send_data doc.content, filename: doc.filename # ok: CWE-22
end
